// Rule attacks-cue: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("attacks-cue", {
  fires: [
    ["Russia struck Odesa with drones overnight.", "country:russia ATTACKS place:odesa"],
    ["Russian missile attacks on Kharkiv killed four people.", "country:russia ATTACKS place:kharkiv"],
  ],
  silent: [
    ["Iran has supplied attack drones to Russia.", "ATTACKS"],
    ["Poland did not attack Belarus.", "ATTACKS"],
  ],
});
