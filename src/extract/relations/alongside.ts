// SUPPORTS from fighting side by side: "North Korean soldiers fighting alongside Russian troops",
// "Belarus fought alongside Russia".
import type { SentenceContext } from '../context.js';
import type { NamedLabel } from '../entities/mention.js';
import { isNegated, leftArgs, rightArgs } from './arguments.js';

const STATE = new Set<NamedLabel>(['Country', 'Organization']);

export function alongside(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.key !== 'alongside' || isNegated(ctx, i)) continue;
    if (!/^(fight|fights|fighting|fought|serve|serves|serving|served|deployed|operating|operate|operates|stand|stands|standing|stood)$/.test(tokens[i - 1]!.key)) continue;
    const helpers = leftArgs(ctx, i - 1, 10, STATE);
    const helped = rightArgs(ctx, i, 3, STATE);
    for (const a of helpers?.mentions ?? []) for (const b of helped?.mentions ?? []) {
      if (a.key === b.key) continue;
      ctx.relations.add({ type: 'SUPPORTS', source: a.key!, target: b.key!, rule: 'supports-alongside', confidence: 0.65, sentence: ctx.sentence, claim: ctx.claim });
    }
  }
}
