// Rule attack-event-place: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("attack-event-place", {
  fires: [
    ["Russia launched a massive drone attack overnight. The strikes damaged buildings in Odesa.", "country:russia ATTACKS place:odesa"],
  ],
  silent: [
    ["Georgian volunteers fighting in the Belgorod region said Russian units had been seen near Shebekino, where fighting continues.", "ATTACKS"],
  ],
});
