// Rule co-occurrence: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("co-occurrence", {
  fires: [
    ["Poland and Hungary were discussed at length.", "country:hungary MENTIONED_WITH country:poland"],
  ],
  silent: [
    ["Iran shipped missiles to Russia.", "MENTIONED_WITH"],
  ],
});
