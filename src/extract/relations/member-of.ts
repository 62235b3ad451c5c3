// MEMBER_OF between states and organizations: "Sweden joined NATO", "X, a member of BRICS",
// "NATO members Poland and Estonia", "BRICS member India".
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { isNegated, leftArgs, mentionEndingAt, mentionStartingAt, rightArgs } from './arguments.js';

const JOIN = new Set(['join', 'joins', 'joined', 'joining', 'rejoin', 'rejoined']);
const MEMBER = new Set(['member', 'members', 'member-state', 'member-states']);

function add(ctx: SentenceContext, country: Mention, org: Mention, rule: string): void {
  if (country.label !== 'Country' || org.label !== 'Organization') return;
  ctx.out.add({ type: 'MEMBER_OF', source: country.key!, target: org.key!, rule, sentence: ctx.sentence, claim: ctx.claim });
}

/**
 * "Victor Hale, Korea chair at the Center for X", "Ann Lee, a former official now at CSIS", "Jo Park, director of the
 * Y program at the Z Institute": a person's appositive ending "at <organization>" places the person in it.
 */
function appositionAt(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (const p of ctx.mentions) {
    if (p.label !== 'Person' || p.source === 'pronoun' || !/,/.test(tokens[p.last]!.post)) continue;
    for (let j = p.last + 1; j < Math.min(tokens.length, p.last + 16); j++) {
      const t = tokens[j]!;
      if (t.tags.has('Verb') && !/^(based)$/.test(t.key)) break;
      if (t.key === 'at') {
        const org = mentionStartingAt(ctx, tokens[j + 1]?.key === 'the' ? j + 2 : j + 1);
        if (org?.label === 'Organization') {
          ctx.out.add({ type: 'MEMBER_OF', source: p.key!, target: org.key!, rule: 'member-of-apposition-at', sentence: ctx.sentence, claim: ctx.claim });
        }
        break;
      }
      if (/[,;:()]/.test(t.post)) break;
    }
  }
}

export function memberOf(ctx: SentenceContext): void {
  appositionAt(ctx);
  const tokens = ctx.sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (JOIN.has(t.key) && !isNegated(ctx, i)) {
      const subj = leftArgs(ctx, i, 8);
      const obj = rightArgs(ctx, i, 3);
      for (const s of subj?.mentions ?? []) for (const o of obj?.mentions ?? []) add(ctx, s, o, 'member-of-join');
    }
    if (!MEMBER.has(t.key)) continue;
    // "a member of NATO" with the subject on the left
    if (tokens[i + 1]?.key === 'of') {
      const org = mentionStartingAt(ctx, i + 2) ?? mentionStartingAt(ctx, i + 3);
      const subj = leftArgs(ctx, i, 6);
      if (org) for (const s of subj?.mentions ?? []) add(ctx, s, org, 'member-of-apposition');
    }
    // "NATO members Poland and Estonia", "BRICS member India"
    const org = mentionEndingAt(ctx, i - 1);
    if (org?.label === 'Organization') {
      const after = rightArgs(ctx, i, 2);
      if (after && !after.prep) for (const c of after.mentions) add(ctx, c, org, 'member-of-compound');
    }
  }
}
