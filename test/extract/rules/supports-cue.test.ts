// Rule supports-cue: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("supports-cue", {
  fires: [
    ["Poland backs Ukraine in its bid to join the EU.", "country:poland SUPPORTS country:ukraine"],
  ],
  silent: [
    ["Germany has not backed Hungary on the matter.", "SUPPORTS"],
  ],
});
