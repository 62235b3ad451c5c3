// MENTIONED_WITH: entities named in one sentence. The merge step keeps it only where no typed relation
// links the two (it is the fallback edge).
import type { SentenceContext } from '../context.js';

const MAX_PER_SENTENCE = 8;

export function coOccurrence(ctx: SentenceContext): void {
  const keys = [...new Set(ctx.mentions.map((m) => m.key!).filter(Boolean))].slice(0, MAX_PER_SENTENCE);
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      ctx.out.add({ type: 'MENTIONED_WITH', source: a, target: b, rule: 'co-occurrence', sentence: ctx.sentence, claim: ctx.claim });
    }
  }
}
