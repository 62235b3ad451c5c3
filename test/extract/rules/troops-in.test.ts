// Rule troops-in: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("troops-in", {
  fires: [
    ["North Korean troops in Russia’s Kursk region took heavy losses.", "country:north-korea DEPLOYS_TO country:russia"],
  ],
  silent: [
    ["Russian troops in Kursk repelled the assault.", "country:russia DEPLOYS_TO place:kursk"],
  ],
});
