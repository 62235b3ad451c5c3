// Rule event-place: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("event-place", {
  fires: [
    ["Vladimir Putin and Narendra Modi held talks in Kazan on Tuesday.", "event:Meeting OCCURRED_IN place:kazan"],
  ],
  silent: [
    ["Sergei Lavrov and Wang Yi discussed the Korean Peninsula at their meeting.", "OCCURRED_IN"],
  ],
});
