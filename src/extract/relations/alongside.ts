// SUPPORTS from fighting side by side: "North Korean soldiers fighting alongside Russian troops",
// "Belarus fought beside Russia", "fight together with X", "on the side of X".
import type { SentenceContext } from '../context.js';
import type { NamedLabel } from '../entities/mention.js';
import { isNegated, leftArgs, rightArgs } from './arguments.js';

const STATE = new Set<NamedLabel>(['Country', 'Organization']);
const SIDE_VERB = /^(fight|fights|fighting|fought|battle|battles|battling|battled|serve|serves|serving|served|deployed|operating|operate|operates|stand|stands|standing|stood)$/;

/** Length of the side-by-side phrase starting at token i ("alongside", "together with", "on the side of"), else 0. */
function sidePhrase(keys: string[], i: number): number {
  const at = (n: number) => keys.slice(i, i + n).join(' ');
  if (keys[i] === 'alongside' || keys[i] === 'beside') return 1;
  if (at(2) === 'together with' || at(2) === 'along with') return 2;
  if (at(4) === 'side by side with' || at(4) === 'on the side of' || at(4) === 'shoulder to shoulder with') return 4;
  return 0;
}

export function alongside(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  const keys = tokens.map((t) => t.key);
  for (let i = 1; i < tokens.length; i++) {
    const n = sidePhrase(keys, i);
    if (!n || isNegated(ctx, i - 1)) continue;
    // the verb right before, or one adverb earlier ("fought bravely alongside")
    const v = SIDE_VERB.test(keys[i - 1]!) ? i - 1 : i > 1 && tokens[i - 1]!.tags.has('Adverb') && SIDE_VERB.test(keys[i - 2]!) ? i - 2 : -1;
    if (v < 0) continue;
    const helpers = leftArgs(ctx, v, 10, STATE);
    const helped = rightArgs(ctx, i + n - 1, 3, STATE);
    for (const a of helpers?.mentions ?? []) for (const b of helped?.mentions ?? []) {
      if (a.key === b.key) continue;
      ctx.out.add({ type: 'SUPPORTS', source: a.key!, target: b.key!, rule: 'supports-alongside', sentence: ctx.sentence, claim: ctx.claim });
    }
  }
}
