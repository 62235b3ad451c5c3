// Rule opposes-act: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("opposes-act", {
  fires: [
    ["North Korea sent troops to Russia. Japan condemned the deployment.", "country:japan OPPOSES country:north-korea"],
  ],
  silent: [
    ["North Korea sent troops to Russia. Japan discussed the deployment.", "OPPOSES"],
  ],
});
