// Rule supplies-materiel-user: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("supplies-materiel-user", {
  fires: [
    ["Ukraine used U.S.-supplied missiles against the bridge.", "country:united-states SUPPLIES country:ukraine"],
  ],
  silent: [
    ["Russia shot down U.S.-made missiles over Crimea.", "SUPPLIES"],
  ],
});
