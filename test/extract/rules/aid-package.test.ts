// Rule aid-package: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("aid-package", {
  fires: [
    ["The United States announced a $400 million military aid package for Ukraine.", "country:united-states SUPPORTS country:ukraine"],
  ],
  silent: [
    ["Ukraine asked for a new aid package.", "SUPPORTS"],
  ],
});
