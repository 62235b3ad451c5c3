// Rule deploys-to-cue: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("deploys-to-cue", {
  fires: [
    ["North Korea deployed troops to Russia last year.", "country:north-korea DEPLOYS_TO country:russia"],
  ],
  silent: [
    ["Belarus deployed long-range missiles to its western border.", "DEPLOYS_TO"],
    ["North Korea has not deployed troops to Russia.", "DEPLOYS_TO"],
  ],
});
