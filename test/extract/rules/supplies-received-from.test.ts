// Rule supplies-received-from: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("supplies-received-from", {
  fires: [
    ["Russia received hundreds of drones from Iran.", "country:iran SUPPLIES country:russia"],
  ],
  silent: [
    ["Russia received a delegation from Iran.", "SUPPLIES"],
  ],
});
