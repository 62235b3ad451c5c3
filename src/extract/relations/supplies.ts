// SUPPLIES details: the materiel named near the cue becomes the relation's `items`; "Russia received
// drones from Iran" reads the other way round.
import type { SentenceContext } from '../context.js';
import { trieLongest } from '../gazetteer/trie.js';
import { isNegated, leftArgs, mentionStartingAt } from './arguments.js';

/** Materiel words within `window` tokens after the cue. */
export function itemsNear(ctx: SentenceContext, first: number, last: number, window = 10): string[] {
  const tokens = ctx.sentence.tokens;
  const out: string[] = [];
  for (let i = Math.max(0, first - 3); i < Math.min(tokens.length, last + window); i++) {
    const m = trieLongest(ctx.lex.items.trie, i, tokens.length, (k) => tokens[k]!.key);
    if (!m) continue;
    out.push(tokens.slice(i, i + m.length).map((t) => t.lower).join(' '));
    i += m.length - 1;
  }
  return [...new Set(out)];
}

export function receivedFrom(ctx: SentenceContext): void {
  const cues = ctx.lex.relations.SUPPLIES;
  if (!cues) return;
  const tokens = ctx.sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!cues.receive.has(tokens[i]!.lower) || isNegated(ctx, i)) continue;
    const items = itemsNear(ctx, i, i, 8);
    if (!items.length) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
      if (tokens[j]!.key !== 'from') continue;
      const supplier = mentionStartingAt(ctx, tokens[j + 1]?.key === 'the' ? j + 2 : j + 1);
      const recipients = leftArgs(ctx, i, 12)?.mentions ?? [];
      if (!supplier || !['Country', 'Organization'].includes(supplier.label)) break;
      for (const r of recipients) {
        if (!['Country', 'Organization'].includes(r.label) || r.key === supplier.key) continue;
        ctx.relations.add({ type: 'SUPPLIES', source: supplier.key!, target: r.key!, rule: 'supplies-received-from', confidence: 0.7, sentence: ctx.sentence, claim: ctx.claim, items });
      }
      break;
    }
  }
}
