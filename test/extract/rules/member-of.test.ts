// Rule member-of: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("member-of", {
  fires: [
    ["Sweden joined NATO in 2024.", "country:sweden MEMBER_OF organization:nato"],
  ],
  silent: [
    ["Ukraine has not joined NATO.", "MEMBER_OF"],
  ],
});
