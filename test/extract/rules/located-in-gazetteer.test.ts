// Rule located-in-gazetteer: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("located-in-gazetteer", {
  fires: [
    ["Explosions were heard in Kharkiv. Ukraine said its air defences were active.", "place:kharkiv LOCATED_IN country:ukraine"],
  ],
  silent: [
    ["Talks were held in Moscow, Ukraine said.", "LOCATED_IN"],
  ],
});
