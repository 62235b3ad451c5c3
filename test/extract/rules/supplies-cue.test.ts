// Rule supplies-cue: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("supplies-cue", {
  fires: [
    ["Iran shipped ballistic missiles to Russia.", "country:iran SUPPLIES country:russia"],
  ],
  silent: [
    ["North Korea has supplied artillery shells, and China has offered dual-use technology.", "country:north-korea SUPPLIES country:china"],
    ["Iran did not ship missiles to Russia.", "SUPPLIES"],
  ],
});
