// Rule ally-of: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("ally-of", {
  fires: [
    ["The alliance between Moscow and Pyongyang has deepened.", "country:north-korea ALLY_OF country:russia"],
  ],
  silent: [
    ["NATO allies met in Brussels.", "ALLY_OF"],
  ],
});
