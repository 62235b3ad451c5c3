// Events of one article: event mentions merged (same type, shared participant), mediators attached,
// figures kept with their claimants; emitted as Event entities with PARTICIPATES_IN, OCCURRED_IN and
// MEDIATES edges.
import type { EventType } from '../../graph/ontology.js';
import type { Article, Entity, Figure, Relation } from '../../graph/types.js';
import { eventId } from '../../resolve/ids.js';
import type { Lexicon } from '../lexicon/index.js';
import type { SentenceContext } from '../context.js';
import type { Sentence } from '../text/parse.js';
import type { Claim } from '../claims/attribution.js';
import { sentenceFigures } from '../claims/figures.js';
import { eventMentions, type PlaceOrigin } from './triggers.js';
import { mediators } from './mediators.js';
import { eventName, family } from './names.js';
import { isIrrealis, isNegated, isPassive, leftArgs } from '../relations/arguments.js';
import { trieLongest } from '../gazetteer/trie.js';

export interface EventDraft {
  type: EventType;
  participants: Map<string, string>;
  names: Map<string, string>; // entity id → name, for naming the event
  place?: string;
  placeName?: string;
  places: Set<string>;
  /** how each place came to the event (events/triggers.ts): the pattern its OCCURRED_IN is calibrated under */
  placeOrigin: Map<string, PlaceOrigin>;
  lastSentence: number;
  date?: string;
  triggers: string[];
  figures: Figure[];
  mediators: Set<string>;
  evidence: At[];
  /** places the attack hit, each with the sentence that says so and the attackers known by then (→ ATTACKS, events/derived.ts) */
  hits: { place: string; at: At; attackers: string[] }[];
  /** "X condemned the attack": who opposed this act, and the role of its authors (attacker, participant) */
  opposedBy: { subjects: string[]; authorRole: string; at: At }[];
}

/** One sentence reporting the event; `irrealis`: only as intended, possible or future ("plans to attack"). */
export interface At {
  sentence: Sentence;
  claim: Claim;
  irrealis?: boolean;
  /** token index of the trigger */
  cue?: number;
}

export const MEDIATED: ReadonlySet<EventType> = new Set(['PrisonerExchange', 'Meeting', 'Other']);
/** types whose next mentions in the following sentences are usually the same event ("the latest exchange") */
const CONTINUING: ReadonlySet<EventType> = new Set(['PrisonerExchange', 'AidPackage', 'Deployment', 'Election']);

/** The trigger opens a relative or appended clause: "near Sudzha, where fighting continues". */
function relativeClause(ctx: SentenceContext, first: number): boolean {
  const t = ctx.sentence.tokens;
  const before = t[first - 1];
  return Boolean(before && (/,/.test(before.post) || /^(where|which|while|as)$/.test(before.key)));
}

/** A relative or subordinate clause starts between two token positions: ", who later …", "; then …". */
function clauseBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const t = ctx.sentence.tokens;
  for (let i = Math.min(from, to); i < Math.max(from, to); i++) {
    if (/[;:—–]/.test(t[i]!.post)) return true;
    if (/,/.test(t[i]!.post) && /^(who|which|where|whom|whose|while|later|then|after|before|and)$/.test(t[i + 1]?.key ?? '')) return true;
  }
  return false;
}

/** Is a meeting mention in sentence `sentence` the draft meeting again? */
function sameMeeting(d: EventDraft, participants: Map<string, string>, sentence: number, places: string[]): boolean {
  if (places.length && d.places.size && !places.some((p) => d.places.has(p))) return false;
  const shared = [...participants.keys()].filter((p) => d.participants.has(p));
  if (!shared.length) return false;
  const people = [...participants.keys()].filter((p) => p.startsWith('person:'));
  const draftPeople = [...d.participants.keys()].filter((p) => p.startsWith('person:'));
  // both name people and none in common: two meetings
  if (people.length && draftPeople.length && !shared.some((p) => p.startsWith('person:'))) return false;
  // a shared person is the same meeting; shared states only in the next sentence
  return shared.some((p) => p.startsWith('person:')) || sentence - d.lastSentence <= 1;
}

/** A mention shares the draft's agent: some common participant, and when both name an agent (role 'participant', the subject), a common one. */
function sameAgent(d: EventDraft, participants: Map<string, string>): boolean {
  const shared = [...participants.keys()].filter((p) => d.participants.has(p));
  if (!shared.length) return false;
  const agents = [...participants].filter(([, r]) => r === 'participant').map(([p]) => p);
  const draftAgents = [...d.participants].filter(([, r]) => r === 'participant').map(([p]) => p);
  return !agents.length || !draftAgents.length || agents.some((a) => draftAgents.includes(a));
}

/** "hosted the meeting", "hosted the talks": a host verb whose object is a meeting already reported. */
function hostsTheMeeting(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens;
  return /^(host|hosts|hosted|hosting)$/.test(t[i]!.key) && /^(the|these|those|this)$/.test(t[i + 1]?.key ?? '') &&
    /^(meeting|meetings|talks|summit|negotiations|consultations)$/.test(t[i + 2]?.key ?? '');
}

/** Acts whose author an opposing verb opposes when it names the act alone. */
const ACTS = new Set<EventType>(['Attack', 'Deployment', 'War', 'Other']);
const HOSTILE = new Set<EventType>(['Attack', 'Deployment']);
const LABELLING = /^(called|calls|described|describes|labelled|labeled|branded|termed|dubbed)$/;

export class EventCollector {
  private readonly drafts: EventDraft[] = [];
  /** figures of sentences that report no event, by the entity they count */
  readonly entityFigures = new Map<string, Figure[]>();
  /** the first sentence naming a war without its sides ("the war", "the conflict") */
  private bareWar?: At;
  private entities?: SentenceContext['entities'];
  constructor(private readonly article: Article, private readonly lex: Lexicon) {}

  /**
   * "The war" with no side named, in an article with no other war: the war between the two states the article
   * most often reports attacking one another (at least twice, or once with a war-like invasion/offensive wording).
   */
  private implicitWar(relations: readonly Relation[]): void {
    const counts = new Map<string, { source: string; target: string; n: number }>();
    for (const r of relations) {
      if (r.type !== 'ATTACKS' || !r.source.startsWith('country:') || !r.target.startsWith('country:')) continue;
      const k = `${r.source}|${r.target}`;
      const n = r.evidence.filter((e) => !e.hedged).length;
      counts.set(k, { source: r.source, target: r.target, n: (counts.get(k)?.n ?? 0) + n });
    }
    const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
    // "Russia's war": the side it is waged against is the one the article has that state attack most
    for (const d of this.drafts) {
      if (d.type !== 'War' || [...d.participants.values()].includes('target')) continue;
      const attackers = [...d.participants].filter(([, r]) => r === 'attacker').map(([p]) => p);
      const against = ranked.find((c) => attackers.includes(c.source) && !d.participants.has(c.target));
      if (!against) continue;
      d.participants.set(against.target, 'target');
      d.names.set(against.target, this.entities?.get(against.target)?.name ?? against.target);
      d.places.add(against.target);
      if (!d.placeOrigin.has(against.target)) d.placeOrigin.set(against.target, 'target');
    }
    // "the conflict in Ukraine": the side waging it is the one the article has attack that state most
    for (const d of this.drafts) {
      if (d.type !== 'War' || [...d.participants.values()].includes('attacker')) continue;
      const targets = [...d.participants].filter(([, r]) => r === 'target').map(([p]) => p);
      const by = ranked.find((c) => targets.includes(c.target) && !d.participants.has(c.source));
      if (!by) continue;
      d.participants.set(by.source, 'attacker');
      d.names.set(by.source, this.entities?.get(by.source)?.name ?? by.source);
    }
    if (!this.bareWar || this.drafts.some((d) => d.type === 'War')) return;
    const best = ranked[0];
    if (!best || best.n < 1) return;
    const name = (id: string) => this.entities?.get(id)?.name ?? id;
    this.drafts.push({
      type: 'War', participants: new Map([[best.source, 'attacker'], [best.target, 'target']]),
      names: new Map([[best.source, name(best.source)], [best.target, name(best.target)]]),
      places: new Set([best.target]), placeOrigin: new Map([[best.target, 'target' as const]]), lastSentence: this.bareWar.sentence.index, triggers: ['war'], figures: [],
      mediators: new Set(), evidence: [this.bareWar], hits: [], opposedBy: [],
    });
  }

  private find(type: EventType, participants: Map<string, string>, sentence: number, places: string[], date?: string, trigger?: string): EventDraft | undefined {
    // "The attacks damaged buildings in the Cherkasy region": the attack the last sentences reported
    if (!participants.size) return [...this.drafts].reverse().find((d) => d.type === type && sentence - d.lastSentence <= 2);
    // an article is about one war; a story continues over the next sentences ("the latest exchange")
    if (type === 'War') return this.drafts.find((d) => d.type === type);
    if (CONTINUING.has(type)) {
      // "the exchange in September" after a Wednesday exchange is another one
      const recent = [...this.drafts].reverse().find((d) => d.type === type && sentence - d.lastSentence <= 2 && !(date && d.date && date !== d.date));
      if (recent) return recent;
    }
    if (type === 'Attack') {
      // one attack per attacker and place: strikes on Kyiv and on Odesa are two events
      const attackers = [...participants].filter(([, r]) => r === 'attacker').map(([p]) => p);
      return [...this.drafts].reverse().find((d) => d.type === type &&
        attackers.some((a) => d.participants.get(a) === 'attacker') &&
        // same place, or a place-less mention close by: an attack far back in the article is another one
        (places.some((p) => d.places.has(p)) || sentence - d.lastSentence <= 1 || ((!places.length || !d.places.size) && sentence - d.lastSentence <= 3)));
    }
    // a speaker's statements are one event only when they follow each other
    if (type === 'Statement') return this.drafts.find((d) => d.type === type && sentence - d.lastSentence <= 1 && [...participants].some(([p, r]) => r === 'speaker' && d.participants.get(p) === 'speaker'));
    // meetings: the same people, or the next sentence at a compatible place; talks in Istanbul are not talks in Pyongyang
    if (type === 'Meeting') return [...this.drafts].reverse().find((d) => d.type === type && sameMeeting(d, participants, sentence, places));
    // other happenings: sanctions and an agreement between the same states are two events; so are two
    // sanctions packages by different sanctioners ("EU sanctions on Iran" … "the U.S. Treasury designated")
    if (type === 'Other') return this.drafts.find((d) => d.type === type && (!trigger || family(d.triggers[0] ?? '') === family(trigger)) && sameAgent(d, participants));
    return this.drafts.find((d) => d.type === type && [...participants.keys()].some((p) => d.participants.has(p)));
  }

  collect(ctx: SentenceContext): void {
    this.entities ??= ctx.entities;
    const found = eventMentions(ctx);
    const figures = /\d/.test(ctx.sentence.text) ? sentenceFigures(ctx, this.article) : [];
    const names = new Map(ctx.mentions.map((m) => [m.key!, m.name]));
    const touched: EventDraft[] = [];
    const triggerAt = new Map<EventDraft, number>();
    for (const e of found) {
      const irrealis = isIrrealis(ctx, e.first, !ctx.sentence.tokens[e.first]!.tags.has('Verb'));
      const at: At = irrealis ? { sentence: ctx.sentence, claim: { ...ctx.claim, hedged: true }, irrealis, cue: e.first } : { sentence: ctx.sentence, claim: ctx.claim, cue: e.first };
      // several triggers of one type in a sentence ("met his counterpart … for talks") are one event
      // …but not across a relative clause or at another place ("met Orban, who later traveled to Moscow for talks")
      const samePlace = (x: EventDraft) => !e.places.length || !x.places.size || e.places.some((p) => x.places.has(p.key!));
      const joined = (x: EventDraft) => { const at = triggerAt.get(x); return at === undefined || !clauseBetween(ctx, at, e.first); };
      const kin = (x: EventDraft) => x.type !== 'Other' || family(x.triggers[0] ?? '') === family(e.trigger);
      let d = e.type === 'Attack' ? undefined : touched.find((x) => x.type === e.type && kin(x) && samePlace(x) && joined(x) && (!e.participants.size || [...e.participants.keys()].some((p) => x.participants.has(p))));
      // "X and Y hosted the meeting": the meeting reported before, with its hosts
      if (!d && e.type === 'Meeting' && hostsTheMeeting(ctx, e.first)) {
        d = [...this.drafts].reverse().find((x) => x.type === 'Meeting');
        if (d) for (const p of e.participants.keys()) e.participants.set(p, 'host');
      }
      d ??= this.find(e.type, e.participants, ctx.sentence.index, e.places.map((p) => p.key!), e.date, e.trigger);
      if (!d) {
        // "the war" naming no one: the article's war, whose sides the article's attacks give (see finish)
        if (!e.participants.size && e.type === 'War' && !irrealis) this.bareWar ??= at;
        if (!e.participants.size) continue;
        d = { type: e.type, participants: new Map(), names: new Map(), triggers: [], figures: [], mediators: new Set(), evidence: [], places: new Set(), placeOrigin: new Map(), lastSentence: ctx.sentence.index, hits: [], opposedBy: [] };
        this.drafts.push(d);
      }
      d.lastSentence = ctx.sentence.index;
      for (const [k, o] of e.placeOrigin) if (!d.placeOrigin.has(k)) d.placeOrigin.set(k, o);
      for (const p of e.places) {
        d.places.add(p.key!);
        if (!d.evidence.some((x) => x.sentence === ctx.sentence)) d.evidence.push(at);
        // a place of a mention naming no attacker ("near Sudzha, where fighting continues") is the event's, not a target
        if (d.type === 'Attack' && (e.participants.size || !relativeClause(ctx, e.first))) d.hits.push({ place: p.key!, at, attackers: [...d.participants].filter(([q, r]) => r === 'attacker' && /^(country|organization):/.test(q)).map(([q]) => q) });
      }
      for (const [p, role] of e.participants) if (!d.participants.has(p)) d.participants.set(p, role);
      for (const p of e.participants.keys()) d.names.set(p, names.get(p) ?? ctx.entities.get(p)?.name ?? p);
      if (!d.place && e.place) {
        d.place = e.place.key;
        d.placeName = e.place.name;
      }
      d.date ??= e.date;
      if (!d.triggers.includes(e.trigger)) d.triggers.push(e.trigger);
      if (!d.evidence.some((x) => x.sentence === ctx.sentence)) d.evidence.push(at);
      if (!touched.includes(d)) touched.push(d);
      triggerAt.set(d, e.last);
    }
    for (const d of touched) for (const f of figures) if (!d.figures.some((x) => x.start === f.start)) d.figures.push(f);
    // no event in the sentence: the figure belongs to the state it counts ("4,000 North Korean soldiers")
    if (!touched.length) for (const f of figures) {
      const inside = ctx.mentions.find((m) => m.start >= f.start - this.article.start && m.end <= f.end - this.article.start && m.label !== 'Person');
      const before = [...ctx.mentions].reverse().find((m) => m.end <= f.start - this.article.start && (m.label === 'Country' || m.label === 'Organization'));
      const owner = inside ?? before;
      if (!owner?.key) continue;
      const list = this.entityFigures.get(owner.key) ?? [];
      if (!list.some((x) => x.start === f.start)) list.push(f);
      this.entityFigures.set(owner.key, list);
    }
    this.actObjects(ctx, touched);
    // "the UAE has been facilitating these swaps": mediators of this sentence's event, or of the last one
    const who = mediators(ctx);
    if (who.length) {
      const target = touched.find((d) => MEDIATED.has(d.type)) ?? [...this.drafts].reverse().find((d) => MEDIATED.has(d.type));
      if (target) for (const m of who) {
        target.mediators.add(m.key!);
        target.names.set(m.key!, m.name);
        if (!target.evidence.some((x) => x.sentence === ctx.sentence)) target.evidence.push({ sentence: ctx.sentence, claim: ctx.claim });
      }
    }
  }

  /**
   * "Japan and the United States condemned the deployment", "the mission condemned the Kharkiv attack": an opposing
   * verb whose object is an act (no party named in it) opposes the act's author: the attacker of the attack, the
   * sender of the deployment, the agent of sanctions or shipments, as this sentence or the last ones reported it.
   */
  private actObjects(ctx: SentenceContext, touched: EventDraft[]): void {
    const cues = ctx.lex.relations.OPPOSES;
    if (!cues) return;
    const tokens = ctx.sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      // "called the attack on Belgorod a terrorist act": naming a hostile act (an attack, a deployment) judges it
      const labels = LABELLING.test(tokens[i]!.key);
      if (!tokens[i]!.tags.has('Verb') || !(cues.verbs.has(tokens[i]!.lower) || labels) || isNegated(ctx, i) || isPassive(ctx, i, i)) continue;
      // the act noun after determiners, modifiers and a place or date naming where or when it was
      let j = i + 1;
      while (j < tokens.length && j - i <= 5) {
        const m = ctx.mentions.find((x) => x.first === j);
        if (m && m.label !== 'Place') break;
        if (m) j = m.last + 1;
        else if (/^(the|this|that|these|those|its|their|latest|recent|new|deadly|overnight|massive|continued|ongoing)$/.test(tokens[j]!.key) || tokens[j]!.tags.has('Adjective') || tokens[j]!.tags.has('Date')) j++;
        else break;
      }
      const act = trieLongest(ctx.lex.eventTriggers, j, tokens.length, (k) => tokens[k]!.key);
      if (!act || tokens[j]!.tags.has('Verb')) continue;
      const type = act.values.find((t) => (labels ? HOSTILE : ACTS).has(t));
      if (!type) continue;
      // the act at the place named with it ("the Kharkiv attack", "the attack on Belgorod"), else the latest one
      const at = new Set(ctx.mentions.filter((m) => m.label === 'Place' && ((m.first > i && m.last < j) || (/^(on|in|against)$/.test(tokens[j + act.length]?.key ?? '') && m.first - (j + act.length) <= 2 && m.first > j))).map((m) => m.key!));
      const latest = [...touched, ...[...this.drafts].reverse()].filter((x) => x.type === type);
      const d = latest.find((x) => [...at].some((p) => x.places.has(p))) ?? latest[0];
      if (!d) continue;
      const subj = leftArgs(ctx, i, 8);
      if (!subj || subj.prep) continue;
      // "the monitoring mission in Ukraine condemned …": a mention inside the subject's phrase is not the subject
      const head = Math.min(...subj.mentions.map((m) => m.first));
      if (/^(in|of|at|from|for|on)$/.test(tokens[head - 1]?.key ?? '')) continue;
      const subjects = subj.mentions.map((m) => m.key!).filter((k) => /^(person|country|organization):/.test(k));
      if (subjects.length) d.opposedBy.push({ subjects, authorRole: type === 'Attack' || type === 'War' ? 'attacker' : 'participant', at: { sentence: ctx.sentence, claim: ctx.claim } });
    }
  }

  /** The article's events, once every sentence is collected; `relations`: what the sentence rules found. */
  finish(relations: readonly Relation[]): FinishedEvent[] {
    this.implicitWar(relations);
    const out: FinishedEvent[] = [];
    const seen = new Set<string>();
    for (const d of this.drafts) {
      // an attack naming no attacker, only where it hit, is the scene of another report, not an event of its own
      if (d.type === 'Attack' && ![...d.participants.values()].includes('attacker')) continue;
      // a meeting needs two parties who meet ("forces met with heavy losses", "the government held a virtual meeting"
      // are not meetings); a body meeting on its own ("a meeting of the Contact Group", "the NATO summit") is one
      // (a person and the state his title names are one party: "Defense Minister Umerov, speaking at a forum")
      const parties = [...d.participants].filter(([, r]) => r !== 'represented').map(([p]) => p);
      if (d.type === 'Meeting' && parties.length < 2 && !parties.some((p) => p.startsWith('organization:'))) continue;
      const key = [...d.participants.entries()].filter(([, r]) => r !== 'target' || d.type !== 'Statement').map(([p]) => p);
      // the same war is one node across articles: its id is its belligerents only
      const id = d.type === 'War'
        ? eventId(d.type, { participants: [...d.participants].filter(([, r]) => r !== 'participant').map(([p]) => p) })
        : eventId(d.type === 'Other' ? `${d.type}:${family(d.triggers[0] ?? '')}` : d.type, { participants: key.slice(0, 4), place: d.place, date: this.article.date, trigger: d.triggers[0] });
      if (seen.has(id)) continue;
      seen.add(id);
      const entity: Entity = {
        id, label: 'Event', name: eventName(d), aliases: [], mentions: d.evidence.length, eventType: d.type,
        participants: [...new Set([...d.participants.keys(), ...d.mediators])],
      };
      if (d.date) entity.date = d.date;
      if (d.figures.length) entity.figures = d.figures;
      out.push({ id, entity, draft: d, first: d.evidence[0]!, last: d.evidence[d.evidence.length - 1]! });
    }
    void this.lex;
    return out;
  }
}

/** One finished event: its node, the draft it was built from, and its first and last reporting sentences. */
export interface FinishedEvent {
  id: string;
  entity: Entity;
  draft: EventDraft;
  first: At;
  last: At;
}
