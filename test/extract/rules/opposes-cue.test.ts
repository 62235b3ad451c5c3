// Rule opposes-cue: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("opposes-cue", {
  fires: [
    ["Japan condemned North Korea over the missile launch.", "country:japan OPPOSES country:north-korea"],
  ],
  silent: [
    ["Wang Yi opposed U.S. sanctions, Sergei Lavrov said.", "person:wang-yi OPPOSES person:sergei-lavrov"],
    ["Hungary did not criticise Russia.", "OPPOSES"],
  ],
});
