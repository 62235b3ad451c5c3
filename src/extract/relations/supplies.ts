// SUPPLIES details: the materiel named near the cue becomes the relation's `items`; "Russia received
// drones from Iran" reads the other way round.
import type { SentenceContext } from '../context.js';
import { trieLongest } from '../gazetteer/trie.js';
import { asState, isNegated, leftArgs, mentionStartingAt } from './arguments.js';
import { makerOfItems } from './targets.js';

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
        ctx.out.add({ type: 'SUPPLIES', source: supplier.key!, target: r.key!, rule: 'supplies-received-from', sentence: ctx.sentence, claim: ctx.claim, items });
      }
      break;
    }
  }
}

const USE = /^(use|uses|used|using|fire|fires|fired|firing|launch|launches|launched|launching|deploy|deploys|deployed|deploying|operate|operates|operated|operating|employ|employs|employed|employing|field|fielded|fielding|receive|receives|received|receiving|obtain|obtained|acquire|acquired|get|got)$/;

/**
 * "Kyiv used U.S.-supplied missiles", "Russia launched Iranian-made drones": the maker or supplier glued to the
 * materiel supplies whoever the sentence has using it (the subject of the verb that takes the materiel).
 */
export function suppliedMateriel(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (const maker of ctx.mentions) {
    const item = makerOfItems(ctx, maker);
    if (item < 0) continue;
    // the using verb before the materiel phrase: "used (the|its|dozens of) U.S.-supplied …"
    let v = maker.first - 1;
    while (v >= 0 && maker.first - v <= 4 && !USE.test(tokens[v]!.key) && !/[,;:]/.test(tokens[v]!.post) && !tokens[v]!.tags.has('Verb')) v--;
    if (v < 0 || !USE.test(tokens[v]!.key) || isNegated(ctx, v)) continue;
    const users = leftArgs(ctx, v, 10);
    if (!users || users.prep) continue;
    const items = [tokens[item]!.lower];
    for (const u0 of users.mentions) {
      const u = asState(u0) ?? u0;
      if (!['Country', 'Organization'].includes(u.label) || u.key === maker.key) continue;
      ctx.out.add({ type: 'SUPPLIES', source: maker.key!, target: u.key!, rule: 'supplies-materiel-user', sentence: ctx.sentence, claim: ctx.claim, items });
    }
  }
}
