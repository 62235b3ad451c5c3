// Rule located-in: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("located-in", {
  fires: [
    ["Drones hit the Russian region of Belgorod.", "place:belgorod LOCATED_IN country:russia"],
  ],
  silent: [
    ["Officials from Kharkiv and Russia met.", "LOCATED_IN"],
  ],
});
