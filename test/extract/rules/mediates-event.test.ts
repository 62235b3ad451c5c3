// Rule mediates-event: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("mediates-event", {
  fires: [
    ["Russia and Ukraine exchanged 95 prisoners each. The exchange was mediated by the United Arab Emirates.", "country:united-arab-emirates MEDIATES event:PrisonerExchange"],
  ],
  silent: [
    ["Russia and Ukraine exchanged 95 prisoners each.", "MEDIATES"],
  ],
});
