// Rule title: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("title", {
  fires: [
    ["Estonian Defence Minister Hanno Pevkur arrived in Tallinn.", "person:hanno-pevkur MEMBER_OF country:estonia"],
    ["Marta Kowalczyk, the mayor of Gdansk, welcomed the delegation.", "person:marta-kowalczyk LEADS place:gdansk"],
  ],
  silent: [
    ["Chilean President Gabriel Boric met an envoy from Peru.", "person:gabriel-boric LEADS country:peru"],
    ["Gabriel Boric arrived in Lima on Monday.", "LEADS"],
  ],
});
