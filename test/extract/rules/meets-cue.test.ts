// Rule meets-cue: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("meets-cue", {
  fires: [
    ["Narendra Modi met Vladimir Putin in Moscow.", "person:narendra-modi MEETS person:vladimir-putin"],
  ],
  silent: [
    ["Xi Jinping called Taiwan an inseparable part of China.", "MEETS"],
    ["Ukrainian troops met with devastating losses near Bakhmut.", "MEETS"],
  ],
});
