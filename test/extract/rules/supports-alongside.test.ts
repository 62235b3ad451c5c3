// Rule supports-alongside: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("supports-alongside", {
  fires: [
    ["North Korean soldiers are fighting alongside Russian troops.", "country:north-korea SUPPORTS country:russia"],
  ],
  silent: [
    ["North Korean soldiers are fighting against Ukrainian troops.", "SUPPORTS"],
  ],
});
