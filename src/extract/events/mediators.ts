// Who brokers, mediates or hosts: "the UAE has been facilitating these swaps", "UAE-brokered
// exchange", "Serbia proposed to host a meeting".
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { asState, isNegated, leftArgs, mentionEndingAt } from '../relations/arguments.js';

const ACTOR = new Set(['Person', 'Country', 'Organization']);

export function mediators(ctx: SentenceContext): Mention[] {
  const cues = ctx.lex.relations.MEDIATES;
  if (!cues) return [];
  const tokens = ctx.sentence.tokens;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!cues.verbs.has(t.lower) && !cues.nouns.words.has(t.key)) continue;
    if (isNegated(ctx, i)) continue;
    // "UAE-brokered": the mention glued to the cue by a hyphen
    const glued = mentionEndingAt(ctx, i - 1);
    if (glued && tokens[i - 1]!.post.includes('-')) {
      if (ACTOR.has(glued.label)) out.push(glued);
      continue;
    }
    // "host" and "help" only count with a meeting or exchange noun after them
    if (/^(host|hosts|hosted|hosting)$/.test(t.key)) {
      const next = tokens.slice(i + 1, i + 5).map((x) => x.key);
      if (!next.some((k) => /^(meeting|talks|summit|exchange|swap|swaps|negotiations|conference)$/.test(k))) continue;
    }
    // "facilitated by the UAE"
    const by = tokens[i + 1]?.key === 'by' ? ctx.mentions.find((m) => m.first === i + 2 || (tokens[i + 2]?.key === 'the' && m.first === i + 3)) : undefined;
    if (by) {
      if (ACTOR.has(by.label)) out.push(by);
      continue;
    }
    // "cultivated ties with both Moscow and Washington and has helped mediate": a prepositional object mediates nothing
    const subj = leftArgs(ctx, i, 16);
    if (subj?.prep) continue;
    for (const m of subj?.mentions ?? []) {
      const s = asState(m) ?? m;
      if (ACTOR.has(s.label)) out.push(s);
    }
  }
  return out;
}
