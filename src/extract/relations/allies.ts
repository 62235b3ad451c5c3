// ALLY_OF from alliance nouns and verbs: "the alliance between Moscow and Pyongyang", "China-Russia
// relationship", "Putin's alliance with North Korea", "X is strengthening ties with Y", "X and Y signed a pact".
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { cueHits } from './cue-rule.js';
import { asState, isNegated, leftArgs, rightArgs } from './arguments.js';

const STATE = new Set(['Country', 'Organization']);
const TREATY = /^(treaty|pact|alliance|partnership)$/;
const SIGN = /^(sign|signs|signed|signing|conclude|concluded|ink|inked|seal|sealed)$/;

function states(ms: Mention[]): Mention[] {
  return ms.map(asState).filter((m): m is Mention => Boolean(m && STATE.has(m.label)));
}

function pairs(ctx: SentenceContext, group: Mention[], rule: string, cue: number): void {
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      if (group[i]!.key === group[j]!.key) continue;
      ctx.out.add({ type: 'ALLY_OF', source: group[i]!.key!, target: group[j]!.key!, rule, sentence: ctx.sentence, claim: ctx.claim, cue });
    }
}

export function allies(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (const hit of cueHits(ctx, 'ALLY_OF')) {
    if (isNegated(ctx, hit.first)) continue;
    // "NATO allies", "Western partners" name a group, not an alliance between two parties
    if (/^(ally|allies|partner|partners)$/.test(tokens[hit.first]!.key) && ctx.mentions.some((m) => m.last === hit.first - 1)) continue;
    const right = rightArgs(ctx, hit.last, hit.verb ? 6 : 4, undefined, new Set(['with', 'between', 'among', 'to']));
    const rightStates = right?.prep && ['with', 'between', 'among', 'to'].includes(right.prep) ? states(right.mentions) : [];
    if (right?.prep === 'between' || right?.prep === 'among') {
      pairs(ctx, rightStates, 'ally-of-between', hit.first);
      continue;
    }
    // the modifier right before the noun: "China-Russia relationship", "Russia's alliance"
    let i = hit.first - 1;
    while (i >= 0 && hit.first - i <= 3 && !ctx.mentions.some((m) => m.last === i) && (tokens[i]!.tags.has('Adjective') || tokens[i]!.tags.has('Noun')) && !/[,;]/.test(tokens[i]!.post)) i--;
    const left = i >= 0 && ctx.mentions.some((m) => m.last === i) ? leftArgs(ctx, i + 1, 1) : hit.verb ? leftArgs(ctx, hit.first) : undefined;
    const leftStates = left ? states(left.mentions) : [];
    if (leftStates.length >= 2 && !rightStates.length) pairs(ctx, leftStates, 'ally-of-compound', hit.first);
    else if (leftStates.length && rightStates.length) {
      for (const a of leftStates) for (const b of rightStates) pairs(ctx, [a, b], hit.verb ? 'ally-of-verb' : 'ally-of-noun', hit.first);
    } else if (!leftStates.length && !hit.verb) {
      // "Moscow and Beijing celebrated their partnership", "X deepened its ties with Y"
      const subj = leftArgs(ctx, hit.first);
      const s = subj && !subj.prep ? states(subj.mentions) : [];
      if (rightStates.length) for (const a of s) for (const b of rightStates) pairs(ctx, [a, b], 'ally-of-noun-subject', hit.first);
      else if (s.length >= 2 && tokens.slice(Math.max(0, hit.first - 3), hit.first).some((t) => t.key === 'their')) pairs(ctx, s, 'ally-of-noun-subject', hit.first);
      // "Putin and Kim signed a comprehensive strategic partnership treaty": the signatories' states ally
      else if (s.length >= 2 && TREATY.test(tokens[hit.first]!.key) && tokens.slice(Math.max(0, hit.first - 6), hit.first).some((t) => SIGN.test(t.key))) {
        pairs(ctx, s, 'ally-of-signed', hit.first);
        // leaders who sign together have met
        const people = subj!.mentions.filter((m) => m.label === 'Person');
        for (let a = 0; a < people.length; a++) for (let b = a + 1; b < people.length; b++) {
          ctx.out.add({ type: 'MEETS', source: people[a]!.key!, target: people[b]!.key!, rule: 'meets-signed', sentence: ctx.sentence, claim: ctx.claim, cue: hit.first });
        }
      }
    }
  }
}
