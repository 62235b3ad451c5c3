// Rule opposes-holds-accountable: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("opposes-holds-accountable", {
  fires: [
    ["The United States holds Iran accountable for the attack.", "country:united-states OPPOSES country:iran"],
  ],
  silent: [
    ["Iran held talks with Oman.", "OPPOSES"],
  ],
});
