// Rule meeting-event: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("meeting-event", {
  fires: [
    ["Narendra Modi held talks with Vladimir Putin in Moscow.", "person:narendra-modi MEETS person:vladimir-putin"],
  ],
  silent: [
    ["Russian President Vladimir Putin and Russian Foreign Minister Sergei Lavrov held talks with Indian Prime Minister Narendra Modi.", "person:sergei-lavrov MEETS person:vladimir-putin"],
  ],
});
