// OPPOSES beyond the cue verbs: "the U.S. holds North Korea accountable".
import type { SentenceContext } from '../context.js';
import { isNegated, leftArgs, mentionStartingAt } from './arguments.js';

const HOLD = new Set(['hold', 'holds', 'held', 'holding']);
const ACCOUNTABLE = new Set(['accountable', 'responsible', 'liable']);

export function holdsAccountable(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!HOLD.has(tokens[i]!.key) || isNegated(ctx, i)) continue;
    let j = i + 1;
    if (tokens[j]?.key === 'the') j++;
    const target = mentionStartingAt(ctx, j);
    if (!target || !ACCOUNTABLE.has(tokens[target.last + 1]?.key ?? '')) continue;
    for (const s of leftArgs(ctx, i, 8)?.mentions ?? []) {
      if (s.key === target.key) continue;
      ctx.out.add({ type: 'OPPOSES', source: s.key!, target: target.key!, rule: 'opposes-holds-accountable', sentence: ctx.sentence, claim: ctx.claim });
    }
  }
}
