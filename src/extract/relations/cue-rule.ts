// The generic cue rule: a relation verb or noun from the lexicon, its subject on the left and its
// object on the right (swapped in the passive), filtered by the endpoint labels the ontology allows.
import type { RelationType } from '../../graph/ontology.js';
import { entityId } from '../../resolve/ids.js';
import { trieLongest } from '../gazetteer/trie.js';
import { nameKey } from '../text/normalize.js';
import type { Mention, NamedLabel } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { asState, ministryAsState, nounModifier, reportedBetween, inPrepPhrase, isConditional, isIrrealis, isNegated, isPassive, leftArgs, mentionEndingAt, mentionStartingAt, rightArgs, titleOwner } from './arguments.js';

export interface CueSpec {
  type: RelationType;
  source: ReadonlySet<NamedLabel>;
  target: ReadonlySet<NamedLabel>;
  /** prepositions allowed before a verb's object; undefined: any, or a direct object */
  verbPreps?: ReadonlySet<string>;
  /** prepositions introducing a noun's object ("attack on", "support for") */
  nounPreps: ReadonlySet<string>;
  /** extra condition on the cue's surroundings (e.g. a troop word for DEPLOYS_TO) */
  requires?: (ctx: SentenceContext, first: number, last: number) => boolean;
  /** extra relation properties (SUPPLIES items) */
  extra?: (ctx: SentenceContext, first: number, last: number) => { items?: string[] } | undefined;
  /** replace a target mention (a capital visited → its state); undefined drops it */
  mapTarget?: (ctx: SentenceContext, m: Mention) => Mention | undefined;
  /** reject a target mention in context */
  rejectTarget?: (ctx: SentenceContext, m: Mention) => boolean;
  /** verbs whose whole object clause is targeted (condemnation names every party it blames) */
  wholeObject?: RegExp;
  /** "X and Y met": the subjects relate to one another */
  symmetricSubject?: boolean;
  useNouns?: boolean;
  useVerbs?: boolean;
}

const ACT_TYPES: ReadonlySet<RelationType> = new Set(['ATTACKS', 'SUPPLIES', 'DEPLOYS_TO', 'MEETS']);

export interface CueHit {
  first: number;
  last: number;
  verb: boolean;
}

/**
 * "called China a decisive enabler", "called the attack a 'terrorist act'", "called on Beijing to act",
 * "called for talks": "call" naming or urging, not a phone call.
 */
function namingCall(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.sentence.tokens;
  if (!/^call/.test(tokens[i]!.key)) return false;
  const next = tokens[i + 1];
  if (!next || /^(on|upon|for|off|it|them|him|her|this|that)$/.test(next.key)) return true;
  let j = i + 1;
  if (next.key === 'the') j++;
  const m = mentionStartingAt(ctx, j);
  let end = m ? m.last : -1;
  if (!m) {
    // "called the attack a …": a short noun phrase before the name it is given
    while (j < Math.min(tokens.length, i + 5) && tokens[j]!.tags.has('Noun') && !/[,;.]/.test(tokens[j]!.post)) end = j++;
  }
  const after = tokens[end + 1];
  return end >= 0 && Boolean(after && (/^(a|an|the)$/.test(after.key) || /["“‘]/.test(after.pre) || /["“‘]/.test(after.text.charAt(0))));
}

/** Examples given right after an argument: "…, including Kyiv and Kharkiv", "… such as Odesa". */
function examplesAfter(ctx: SentenceContext, last: number): Mention[] {
  const tokens = ctx.sentence.tokens;
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + 3); i++) {
    const k = tokens[i]!.key;
    const at = k === 'including' ? i : k === 'such' && tokens[i + 1]?.key === 'as' ? i + 1 : -1;
    if (at < 0) continue;
    const ex = rightArgs(ctx, at, 3);
    return ex && !ex.prep ? ex.mentions : [];
  }
  return [];
}

/** Occurrences of the type's cue verbs and nouns in the sentence. */
export function cueHits(ctx: SentenceContext, type: RelationType): CueHit[] {
  const cues = ctx.lex.relations[type];
  if (!cues) return [];
  const tokens = ctx.sentence.tokens;
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const verbish = t.tags.has('Verb') || (t.tags.has('Adjective') && /(ed|en)$/.test(t.lower));
    if (verbish && cues.verbs.has(t.lower)) {
      if (type === 'MEETS' && namingCall(ctx, i)) continue;
      hits.push({ first: i, last: i, verb: true });
      continue;
    }
    const n = trieLongest(cues.nouns.trie, i, tokens.length, (k) => tokens[k]!.key);
    // "attack drones", "supply routes": an act noun modifying another noun; "partnership treaty" is still an alliance
    if (n && !(verbish && n.length === 1) && !(ACT_TYPES.has(type) && nounModifier(ctx, i, i + n.length - 1))) {
      hits.push({ first: i, last: i + n.length - 1, verb: false });
      i += n.length - 1;
    }
  }
  return hits;
}

const MODIFIER_GAP = 3;

/** State and people mentions from the cue to the end of its clause (at most 12 tokens). */
function objectClause(ctx: SentenceContext, last: number): Mention[] {
  const tokens = ctx.sentence.tokens;
  let end = last;
  while (end + 1 < tokens.length && end - last < 12 && !/[;:,]/.test(tokens[end]!.post) && !/^(while|but|which|who|although)$/.test(tokens[end + 1]!.key)) end++;
  return ctx.mentions.filter((m) => m.first > last && m.last <= end && m.label !== 'Place' && m.source !== 'pronoun');
}

/** ", accusing Russia of …": a participle after a comma shares the sentence's subject. */
function participleSubject(ctx: SentenceContext, cue: number): ReturnType<typeof leftArgs> {
  const tokens = ctx.sentence.tokens;
  if (!tokens[cue]!.key.endsWith('ing') || cue === 0 || !/,/.test(tokens[cue - 1]!.post)) return undefined;
  const first0 = ctx.mentions.find((m) => m.last < cue);
  if (!first0) return undefined;
  const first = titleOwner(ctx, first0); // "Ukraine's ambassador, X, …, accusing": X
  const p = tokens[first.first - 1];
  if (p && (p.tags.has('Preposition') || p.key === 'to') && first === first0) return undefined;
  if (first !== first0) return { mentions: [first] };
  return leftArgs(ctx, first.last + 1, 2);
}

/**
 * "Zelensky said (on Monday) that casualties had risen and accused Moscow of …": a verb joined by "and"
 * after a reported clause shares the speaker's subject, not the clause's.
 */
function coordinatedVerbSubject(ctx: SentenceContext, cue: number): ReturnType<typeof leftArgs> {
  const tokens = ctx.sentence.tokens;
  if (tokens[cue - 1]?.key !== 'and') return undefined;
  for (let i = cue - 2; i > 0; i--) {
    if (tokens[i]!.key !== 'that') continue;
    // the speech verb governing "that", possibly with a time phrase between ("said on Monday that")
    for (let v = i - 1; v >= Math.max(0, i - 4); v--) {
      if (tokens[v]!.tags.has('Verb') && ctx.lex.claims.attributionVerbs.has(tokens[v]!.lower)) {
        const subj = leftArgs(ctx, v, 8);
        return subj && !subj.prep ? subj : undefined;
      }
    }
    return undefined;
  }
  return undefined;
}

/** A mention modifying the noun directly: "Russian drone attacks", "North Korea's ammunition supplies". */
function modifierOf(ctx: SentenceContext, first: number): Mention[] {
  const tokens = ctx.sentence.tokens;
  for (let i = first - 1; i >= 0 && first - i <= MODIFIER_GAP + 1; i--) {
    const m = mentionEndingAt(ctx, i);
    if (m) return leftArgs(ctx, m.last + 1, 1)?.mentions ?? [m];
    const t = tokens[i]!;
    if (t.tags.has('Verb') || t.tags.has('Preposition') || t.tags.has('Determiner') || /[,;:]/.test(t.post)) break;
  }
  return [];
}

function byAgent(ctx: SentenceContext, last: number): Mention[] {
  const tokens = ctx.sentence.tokens;
  for (let i = last + 1; i < Math.min(tokens.length, last + 4); i++) {
    if (tokens[i]!.key !== 'by') continue;
    let j = i + 1;
    if (tokens[j]?.key === 'the') j++;
    const m = mentionStartingAt(ctx, j);
    return m ? [m] : [];
  }
  return [];
}

const PLEDGE = /^(affirm|affirms|affirmed|affirming|reaffirm|reaffirms|reaffirmed|reaffirming|pledge|pledges|pledged|pledging|promise|promises|promised|promising|express|expresses|expressed|expressing|voice|voices|voiced|voicing|reiterate|reiterates|reiterated|reiterating|offer|offers|offered|offering)$/;

/** A verb of pledging or affirming just before a noun phrase starting at `first` (determiners and adjectives between). */
function pledgeBefore(ctx: SentenceContext, first: number): number {
  const t = ctx.sentence.tokens;
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (PLEDGE.test(t[i]!.key)) return i;
    if (!/^(the|its|his|her|their|continued|ongoing|full|strong|steadfast|unwavering|further|more)$/.test(t[i]!.key) && !t[i]!.tags.has('Adjective')) return -1;
  }
  return -1;
}

function emit(ctx: SentenceContext, spec: CueSpec, sources: Mention[], targets: Mention[], rule: string, hit: CueHit): void {
  const extra = spec.extra?.(ctx, hit.first, hit.last);
  // an intended, possible or future act ("training to fight", "could strike", "if X attacked"): confidence.ts weakens it
  const irrealis = isIrrealis(ctx, hit.first, !hit.verb) || isConditional(ctx, hit.first);
  // "met Turkish President Erdogan": the state in a person's title is not a second party to the meeting
  // … nor is a state a listed person currently serves ("Kim Jong Un visited a factory in Pyongyang")
  const titled = spec.type !== 'MEETS' ? new Set<string | undefined>() : new Set([...sources, ...targets].flatMap((m) => (m.label === 'Person' ? [
    ...(m.titles ?? (m.title ? [m.title] : [])).map((t) => t.of?.key),
    ...(ctx.gaz.people.get(m.name)?.roles ?? []).filter((r) => r.of && !r.to).map((r) => {
      const country = ctx.gaz.countryByKey.get(nameKey(r.of!));
      return country ? entityId('Country', country) : undefined;
    }),
  ] : [])));
  for (const s00 of sources) {
    const s0 = spec.type === 'MEETS' || spec.type === 'OPPOSES' ? s00 : ministryAsState(ctx, s00);
    const s = spec.source.has(s0.label) ? s0 : asState(s0);
    if (!s || !spec.source.has(s.label)) continue;
    for (const t0 of targets) {
      const t = spec.mapTarget ? spec.mapTarget(ctx, t0) : t0;
      if (!t || !spec.target.has(t.label) || t.key === s.key || sources.some((x) => x.key === t.key)) continue;
      if (spec.rejectTarget?.(ctx, t)) continue;
      // checked after mapping, so a capital standing for the state counts too
      if (spec.type === 'MEETS' && ((t.label === 'Country' && titled.has(t.key)) || (s.label === 'Country' && titled.has(s.key)))) continue;
      // "Russian troops in Kursk": forces on their own state's soil, no sending verb, are no deployment
      if (spec.type === 'DEPLOYS_TO' && !hit.verb && t.label === 'Place' && t.country && entityId('Country', t.country) === s.key) continue;
      ctx.out.add({ type: spec.type, source: s.key!, target: t.key!, rule, sentence: ctx.sentence, claim: ctx.claim, irrealis, cue: hit.first, ...(extra ?? {}) });
    }
  }
}

export function runCueRule(ctx: SentenceContext, spec: CueSpec): void {
  const name = spec.type.toLowerCase().replace(/_/g, '-');
  let lastObjects: Mention[] = [];
  for (const hit of cueHits(ctx, spec.type)) {
    if (hit.verb && spec.useVerbs === false) continue;
    if (!hit.verb && spec.useNouns === false) continue;
    if (isNegated(ctx, hit.first)) continue;
    if (spec.requires && !spec.requires(ctx, hit.first, hit.last)) continue;
    if (hit.verb) {
      if (isPassive(ctx, hit.first, hit.last)) {
        const agents = byAgent(ctx, hit.last);
        // the patient is close: "Odesa was struck by", "the proposal, backed by" has none
        const patient = leftArgs(ctx, hit.first, 5);
        const patients = patient && !patient.prep ? patient.mentions : [];
        emit(ctx, spec, agents, patients, `${name}-passive`, hit);
        continue;
      }
      let subj = coordinatedVerbSubject(ctx, hit.first) ?? participleSubject(ctx, hit.first) ?? leftArgs(ctx, hit.first);
      // "X said (that) Y struck …" is Y's act; a reporter is no agent of a deed
      // … but "Iran denied arming Russia", "Iran admitted supplying": a gerund right after the reporting verb shares its subject
      const gerundOfReport = hit.first >= 2 && ctx.sentence.tokens[hit.first]!.tags.has('Gerund') && reportedBetween(ctx, hit.first - 2, hit.first);
      if (subj && spec.type !== 'OPPOSES' && spec.type !== 'MEETS' && !gerundOfReport && reportedBetween(ctx, Math.max(...subj.mentions.map((m) => m.last)), hit.first)) subj = undefined;
      let obj = rightArgs(ctx, hit.last, 12, undefined, spec.verbPreps);
      // a direct object follows its verb closely; the subject or a weapon's maker is no object
      if (obj && !obj.prep && obj.mentions[0]!.first - hit.last > 4) obj = undefined;
      if (obj) {
        const kept = obj.mentions.filter((m) => !subj?.mentions.some((x) => x.key === m.key) && !spec.rejectTarget?.(ctx, m));
        // "fired 60 North Korean missiles at Ukrainian cities": past a weapon's maker to the object of "at"
        const after = !kept.length && spec.rejectTarget ? rightArgs(ctx, Math.max(...obj.mentions.map((m) => m.last)), 6, undefined, spec.verbPreps) : undefined;
        const next = after?.prep ? after.mentions.filter((m) => !subj?.mentions.some((x) => x.key === m.key) && !spec.rejectTarget?.(ctx, m)) : [];
        obj = kept.length ? { ...obj, mentions: kept } : next.length ? { ...after!, mentions: next } : undefined;
      }
      // "U.S. and Russian officials met in the Saudi capital": the place met in is where, not whom
      if (subj && obj && spec.symmetricSubject && obj.prep === 'in' && subj.mentions.length >= 2) {
        for (let i = 0; i < subj.mentions.length; i++) emit(ctx, spec, [subj.mentions[i]!], subj.mentions.slice(i + 1), `${name}-verb-together`, hit);
      } else if (subj && obj) {
        emit(ctx, spec, subj.mentions, obj.mentions, subj.prep ? `${name}-verb-prep-subject` : `${name}-verb`, hit);
        // "fired missiles at Ukrainian cities, including Kyiv and Kharkiv": the examples are hit too
        if (spec.type === 'ATTACKS') emit(ctx, spec, subj.mentions, examplesAfter(ctx, Math.max(...obj.mentions.map((m) => m.last))), `${name}-verb-including`, hit);
        // "condemned Russia's decision to bring in North Korean forces": every party the object names
        if (spec.wholeObject?.test(ctx.sentence.tokens[hit.first]!.key)) {
          const more = objectClause(ctx, hit.last).filter((m) => !obj!.mentions.includes(m));
          if (more.length) emit(ctx, spec, subj.mentions, more, `${name}-verb-object-clause`, hit);
        }
        lastObjects = obj.mentions;
      }
      // "The U.S. equipped Ukraine with ATACMS, while the U.K. and France have supplied Storm Shadow missiles"
      else if (subj && !obj && !subj.prep && lastObjects.length && spec.type === 'SUPPLIES') {
        emit(ctx, spec, subj.mentions, lastObjects, `${name}-verb-shared-object`, hit);
      }
      // "Putin and Xi met", "the two leaders ... talked": a symmetric verb with a coordinated subject
      else if (subj && !obj && spec.symmetricSubject && subj.mentions.length >= 2) {
        for (let i = 0; i < subj.mentions.length; i++) emit(ctx, spec, [subj.mentions[i]!], subj.mentions.slice(i + 1), `${name}-verb-together`, hit);
      }
      continue;
    }
    const mods = modifierOf(ctx, hit.first);
    const agents = mods.length ? mods : byAgent(ctx, hit.last);
    const obj = rightArgs(ctx, hit.last, 4, undefined, spec.nounPreps);
    const objects = obj && obj.prep && spec.nounPreps.has(obj.prep) ? obj.mentions : [];
    if (obj?.prep === 'between' && spec.symmetricSubject) {
      // "talks between Kyiv and Moscow": the parties meet each other; whoever hosts or calls for them does not
      for (let i = 0; i < objects.length; i++) emit(ctx, spec, [objects[i]!], objects.slice(i + 1), `${name}-noun-between`, hit);
    } else if (agents.length && objects.length) {
      emit(ctx, spec, agents, objects, `${name}-noun`, hit);
      // "Austin …, affirming ongoing American support for Ukraine": who affirms or pledges a state's support gives it too
      if (spec.type === 'SUPPORTS') {
        const v = pledgeBefore(ctx, Math.min(...agents.map((m) => m.first)));
        const by = v >= 0 ? participleSubject(ctx, v) ?? leftArgs(ctx, v, 8) : undefined;
        if (by && !by.prep) emit(ctx, spec, by.mentions.filter((m) => m.label === 'Person'), objects, `${name}-noun-pledged`, hit);
      }
      if (spec.type === 'ATTACKS') emit(ctx, spec, agents, examplesAfter(ctx, Math.max(...objects.map((m) => m.last))), `${name}-noun-including`, hit);
    } else if (objects.length) {
      const subj = spec.type === 'ATTACKS' && inPrepPhrase(ctx, hit.first) ? undefined : leftArgs(ctx, hit.first);
      const reported = subj && spec.type !== 'OPPOSES' && reportedBetween(ctx, Math.max(...subj.mentions.map((m) => m.last)), hit.first);
      if (subj && !subj.prep && !reported) emit(ctx, spec, subj.mentions, objects, `${name}-noun-subject`, hit);
    }
  }
}
