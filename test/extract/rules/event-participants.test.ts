// Rule event-participants: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("event-participants", {
  fires: [
    ["Russia and Ukraine exchanged 95 prisoners of war on Friday.", "country:russia PARTICIPATES_IN event:PrisonerExchange"],
  ],
  silent: [
    ["The prisoners were captured in 2022.", "PARTICIPATES_IN"],
  ],
});
