// Event mentions in a sentence: a trigger word of an event type, its participants (with roles),
// place and date.
import type { EventType } from '../../graph/ontology.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { asState, leftArgs, mentionEndingAt, rightArgs } from '../relations/arguments.js';

export interface EventMention {
  type: EventType;
  first: number;
  last: number;
  trigger: string;
  participants: Map<string, string>; // entity id → role
  place?: Mention;
  date?: string;
}

const ACTOR = new Set(['Person', 'Country', 'Organization']);
const LOCATIVE = new Set(['in', 'at', 'over', 'near', 'on', 'across', 'around', 'inside']);
const VERBAL_ONLY: Partial<Record<EventType, boolean>> = { Statement: true };

function placeOf(ctx: SentenceContext, first: number, last: number): Mention | undefined {
  const tokens = ctx.sentence.tokens;
  for (const m of ctx.mentions) {
    if (m.label !== 'Place' || Math.abs(m.first - last) > 14) continue;
    let p = m.first - 1;
    if (tokens[p]?.key === 'the') p--;
    if (tokens[p] && LOCATIVE.has(tokens[p]!.key)) return m;
    if (m.possessive === false && tokens[m.last + 1] && ctx.lex.entities.placeWords.has(tokens[m.last + 1]!.key) && m.first > first) return m;
  }
  void last;
  return undefined;
}

function dateOf(ctx: SentenceContext): string | undefined {
  const t = ctx.sentence.tokens.filter((x) => x.tags.has('Date') && !/^(now|today|recently|last|next|this)$/.test(x.key));
  return t.length ? t.map((x) => x.text.replace(/[,.]$/, '')).join(' ') : undefined;
}

function addAll(into: Map<string, string>, ms: Mention[] | undefined, role: string): void {
  for (const m of ms ?? []) if (ACTOR.has(m.label) && !into.has(m.key!)) into.set(m.key!, role);
}

function around(ctx: SentenceContext, first: number, last: number, span: number): Mention[] {
  return ctx.mentions.filter((m) => ACTOR.has(m.label) && m.last >= first - span && m.first <= last + span);
}

function participants(ctx: SentenceContext, type: EventType, first: number, last: number, verb: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const subj = leftArgs(ctx, first, 10);
  const obj = rightArgs(ctx, last, 8);
  const mod = mentionEndingAt(ctx, first - 1) ?? mentionEndingAt(ctx, first - 2);
  switch (type) {
    case 'Statement': {
      const speaker = mod && ACTOR.has(mod.label) ? [mod] : verb ? subj?.mentions : undefined;
      addAll(out, speaker, 'speaker');
      for (const s of speaker ?? []) if (s.title?.of && s.title.of.label === 'Organization') addAll(out, [s.title.of], 'speaker');
      if (out.size && obj && ['to', 'against', 'on', 'over', 'about'].includes(obj.prep ?? '')) addAll(out, obj.mentions, 'target');
      break;
    }
    case 'Attack':
    case 'War': {
      const attackers = mod ? leftArgs(ctx, mod.last + 1, 1)?.mentions : subj && !subj.prep ? subj.mentions : undefined;
      addAll(out, attackers?.map((m) => asState(m) ?? m), 'attacker');
      if (obj && obj.prep !== 'by') addAll(out, obj.mentions.filter((m) => m.label === 'Country'), 'target');
      if (!out.size) addAll(out, around(ctx, first, last, 3), 'participant');
      break;
    }
    case 'Deployment': {
      addAll(out, mod ? [mod] : subj?.mentions, 'participant');
      if (obj && ['to', 'in', 'into'].includes(obj.prep ?? '')) addAll(out, obj.mentions.filter((m) => m.label === 'Country'), 'host');
      break;
    }
    default: {
      addAll(out, subj?.mentions, 'participant');
      addAll(out, around(ctx, first, last, 6), 'participant');
    }
  }
  return out;
}

export function eventMentions(ctx: SentenceContext): EventMention[] {
  const tokens = ctx.sentence.tokens;
  const out: EventMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = trieLongest(ctx.lex.eventTriggers, i, tokens.length, (k) => tokens[k]!.key);
    if (!m) continue;
    const first = i;
    const last = i + m.length - 1;
    i = last;
    const verb = tokens[first]!.tags.has('Verb');
    for (const type of new Set(m.values)) {
      if (VERBAL_ONLY[type] && !verb && !mentionEndingAt(ctx, first - 1)?.possessive && tokens[first - 1]?.key !== 'a') continue;
      const who = participants(ctx, type, first, last, verb);
      if (!who.size) continue;
      const trigger = tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
      out.push({ type, first, last, trigger, participants: who, place: placeOf(ctx, first, last), date: dateOf(ctx) });
    }
  }
  return out;
}
