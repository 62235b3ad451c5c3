// Event mentions in a sentence: a trigger word of an event type, its participants (with roles),
// place and date.
import type { EventType } from '../../graph/ontology.js';
import { fightingForces } from '../relations/deploys-to.js';
import { entityId } from '../../resolve/ids.js';
import { allyObject, isWaterBody, notAttackObject } from '../relations/targets.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { asState, isNegated, reportedBetween, reportingVerb, inPrepPhrase, isConditional as conditional, isPassive, leftArgs, mentionEndingAt, nounModifier, rightArgs } from '../relations/arguments.js';

export interface EventMention {
  type: EventType;
  first: number;
  last: number;
  trigger: string;
  participants: Map<string, string>; // entity id → role
  place?: Mention;
  places: Mention[]; // every place the sentence locates it in ("over the Kharkiv, Kyiv and Poltava regions")
  /** how each place (by key) came: after a locative preposition, as an attack's target, as a deployment's host */
  placeOrigin: Map<string, PlaceOrigin>;
  date?: string;
}

export type PlaceOrigin = 'locative' | 'target' | 'host';

const ACTOR = new Set(['Person', 'Country', 'Organization']);
const LOCATIVE = new Set(['in', 'at', 'over', 'near', 'on', 'across', 'around', 'inside']);

const SUBORDINATE = /^(after|before|when|while|whereas|where|which|who|whom|whose|since|because|although|though|as|until|once|meanwhile|but)$/;

/** "in Ankara (on Friday), where …": the index of the `where` whose antecedent is the place, else -1. */
function whereAfter(ctx: SentenceContext, m: Mention): number {
  const t = ctx.sentence.tokens;
  let i = m.last;
  while (i + 1 < t.length && i - m.last < 4 && !/,/.test(t[i]!.post) && (t[i + 1]!.tags.has('Date') || /^(on|last|this|earlier)$/.test(t[i + 1]!.key))) i++;
  return /,/.test(t[i]!.post) && t[i + 1]?.key === 'where' ? i + 1 : -1;
}

/** "In Kyiv, …", "At the summit in Kazan, …": a place in the sentence's opening prepositional phrase, before its comma. */
function fronted(ctx: SentenceContext, m: Mention): boolean {
  const t = ctx.sentence.tokens;
  if (!/^(in|at|on|from|inside|near)$/.test(t[0]?.key ?? '') || !/,/.test(t[m.last]!.post)) return false;
  for (let i = 0; i < m.last; i++) if (/[,;:—–()]/.test(t[i]!.post)) return false;
  return m.last < 10;
}

/** No clause boundary (punctuation, a subordinating word) between the trigger and a mention: "met in Tokyo, days after X launched" puts Tokyo in another clause. */
export function sameClause(ctx: SentenceContext, first: number, last: number, m: Mention): boolean {
  const t = ctx.sentence.tokens;
  let [from, to] = m.last < first ? [m.last, first - 1] : [last, m.first - 1];
  // a fronted locative sets the scene of the main clause: "In Kyiv, debris damaged buildings"
  if (m.last < first && fronted(ctx, m)) from = m.last + 1;
  // "traveled to Pyongyang, where he held talks": the relative clause happens at its antecedent
  const w = whereAfter(ctx, m);
  if (m.last < first && w >= 0 && w < first) from = w + 1;
  for (let i = from; i <= to; i++) {
    if (/[,;:—–()]/.test(t[i]!.post)) return false;
    if (i > from && SUBORDINATE.test(t[i]!.key)) return false;
  }
  if (m.last < first && SUBORDINATE.test(t[first]!.key)) return false;
  return true;
}

function placeOf(ctx: SentenceContext, first: number, last: number): Mention | undefined {
  const tokens = ctx.sentence.tokens;
  for (const m of ctx.mentions) {
    if (m.label !== 'Place' || Math.abs(m.first - last) > 14 || !sameClause(ctx, first, last, m)) continue;
    let p = m.first - 1;
    if (tokens[p]?.key === 'the') p--;
    if (tokens[p] && LOCATIVE.has(tokens[p]!.key)) return m;
    if (m.possessive === false && tokens[m.last + 1] && ctx.lex.entities.placeWords.has(tokens[m.last + 1]!.key) && m.first > first) return m;
  }
  void last;
  return undefined;
}

/** Places after a locative preposition, with the places coordinated with them. */
function placesOf(ctx: SentenceContext, first: number, last: number, countries: boolean): Mention[] {
  const tokens = ctx.sentence.tokens;
  const out: Mention[] = [];
  let listing = false;
  for (const m of ctx.mentions) {
    if (m.first > last + 12 || m.last < first - 12) {
      listing = false;
      continue;
    }
    let p = m.first - 1;
    while (p >= 0 && (tokens[p]!.key === 'the' || ctx.mentions.some((x) => x.last === p && x.possessive) || /^(western|eastern|northern|southern|central|occupied|russian|ukrainian)$/.test(tokens[p]!.key))) {
      const owner = ctx.mentions.find((x) => x.last === p && x.possessive);
      p = owner ? owner.first - 1 : p - 1;
    }
    // "traveled to Moscow for talks", "flew to Beijing to meet"
    const journey = tokens[p]?.key === 'to' && /^(travel|flew|fly|flies|went|go|goes|arriv|came|come|head|return|visit)/.test(tokens[p - 1]?.key ?? '');
    const loc = journey || tokens[p] && (LOCATIVE.has(tokens[p]!.key) || /^(toward|towards|into)$/.test(tokens[p]!.key) || (tokens[p]!.key === 'to' && p - last <= 2 && p > last));
    const coord = listing && p >= 0 && (/,/.test(tokens[p]!.post) || /^(and|or)$/.test(tokens[p]!.key));
    // "traveled to Pyongyang, where he held talks"
    const where = m.last < first && whereAfter(ctx, m) >= 0;
    const near = m.first > last && m.first - last <= 6 && tokens[p] && /^(in|into|to|at)$/.test(tokens[p]!.key);
    if ((m.label === 'Place' || (countries && m.label === 'Country' && near && !m.possessive)) && (coord || ((loc || where) && sameClause(ctx, first, last, m)))) {
      out.push(m);
      listing = true;
    } else listing = Boolean(loc && m.source === 'capital' && sameClause(ctx, first, last, m)); // "over the Kyiv, Sumy and Odesa regions"

  }
  return out;
}

/** "North Korea sent 2,000 troops": the subject of a sending verb just before the troop word. */
function subjectSender(ctx: SentenceContext, first: number): Mention[] | undefined {
  const tokens = ctx.sentence.tokens;
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    if (ctx.lex.relations.DEPLOYS_TO?.verbs.has(tokens[i]!.lower)) {
      const subj = leftArgs(ctx, i, 8);
      return subj && !subj.prep ? subj.mentions.filter((m) => m.label === 'Country' || m.label === 'Organization') : undefined;
    }
  }
  return undefined;
}

/** "North Korean troops are being deployed": the demonym on the troops. */
function weaponOwnersOfTroops(ctx: SentenceContext, first: number, last: number): Mention[] {
  const tokens = ctx.sentence.tokens;
  return ctx.mentions.filter((m) => m.label === 'Country' && m.last < last + 8 && m.first > first - 8 && ctx.lex.troops.has(tokens[m.last + 1]?.key ?? ''));
}

/** Countries whose weapons the sentence names ("16 Russian aerial drones", "Ukrainian drones"). */
function weaponOwners(ctx: SentenceContext, from: number, to: number): Mention[] {
  const tokens = ctx.sentence.tokens;
  return ctx.mentions.filter((m) => {
    if (m.label !== 'Country' || m.first < from || m.last > to) return false;
    for (let i = m.last + 1; i <= Math.min(tokens.length - 1, m.last + 3); i++) {
      if (ctx.lex.items.words.has(tokens[i]!.key) || /^(attack|attacks|strike|strikes|assault|shelling)$/.test(tokens[i]!.key)) return true;
      if (!/^(aerial|naval|combat|attack|guided|ballistic|cruise|kamikaze|long|range|drone|missile|artillery)$/.test(tokens[i]!.key)) return false;
    }
    return false;
  });
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
      // "…, according to a statement from the ministry": the speaker follows; whatever comes before is what was said
      const according = ctx.sentence.tokens.slice(Math.max(0, first - 4), first).some((t) => t.key === 'according');
      const from = according ? rightArgs(ctx, last, 5, undefined, new Set(['from', 'by', 'of'])) : undefined;
      const speaker = according ? (from?.prep ? from.mentions : undefined)
        : mod && ACTOR.has(mod.label) && mod.possessive ? [mod] : subj && !subj.prep && first - subj.mentions[0]!.last <= 8 ? subj.mentions : undefined;
      addAll(out, speaker, 'speaker');
      for (const s of speaker ?? []) if (s.title?.of && s.title.of.label === 'Organization') addAll(out, [s.title.of], 'speaker');
      const media = (m: Mention) => m.label === 'Organization' && ctx.gaz.orgKind.get(m.name) === 'media';
      if (out.size && obj && ['to', 'against', 'on', 'over', 'about'].includes(obj.prep ?? '')) addAll(out, obj.mentions.filter((m) => !media(m)), 'target');
      break;
    }
    case 'Attack': {
      const defensive = trieLongest(ctx.lex.defensive.trie, first, last + 1, (k) => ctx.sentence.tokens[k]!.key);
      const owners = defensive ? weaponOwners(ctx, last + 1, last + 8) : weaponOwners(ctx, Math.max(0, first - 6), last);
      if (owners.length) {
        addAll(out, owners, 'attacker');
        if (defensive) break;
      }
      if (defensive) break;
      // "if Belarus were attacked", "Odesa was struck by Russia": the subject is hit, the by-agent attacks
      if (verb && isPassive(ctx, first, last)) {
        if (subj && !subj.prep) addAll(out, subj.mentions.filter((m) => m.label === 'Country' && !notAttackObject(ctx, m)), 'target');
        if (obj?.prep === 'by') addAll(out, obj.mentions.map((m) => asState(m)).filter((m): m is Mention => Boolean(m && m.label !== 'Person' && !out.has(m.key!))), 'attacker');
        break;
      }
      // "X entered Polish airspace during an overnight attack": the subject does not carry out an attack named in a phrase of time or place
      const framed = !verb && inPrepPhrase(ctx, first);
      // "Borrell said the strikes showed …", "Zakharova called the attack …": the speaker attacks no one
      const reported = subj && reportedBetween(ctx, Math.max(...subj.mentions.map((m) => m.last)), first);
      const attackers = mod ? leftArgs(ctx, mod.last + 1, 1)?.mentions : subj && !subj.prep && !framed && !reported ? subj.mentions : undefined;
      // attackers are states or armed organizations; a governor reporting a strike is not one
      addAll(out, attackers?.map((m) => asState(m)).filter((m): m is Mention => Boolean(m && m.label !== 'Person')), 'attacker');
      if (obj && obj.prep !== 'by') addAll(out, obj.mentions.filter((m) => m.label === 'Country' && !out.has(m.key!) && !notAttackObject(ctx, m)), 'target');
      break;
    }
    case 'War': {
      // "Russia's invasion of Ukraine", "the Russia-Ukraine war", "the war in Ukraine", "war against Ukraine"
      const glued = mod && (mod.possessive || ctx.sentence.tokens[mod.last]!.post.includes('-') || (first - mod.last === 1 && mod.source === 'demonym'));
      const attackers = glued ? leftArgs(ctx, mod!.last + 1, 1)?.mentions : undefined;
      addAll(out, attackers?.filter((m) => m.label === 'Country'), 'attacker');
      if (obj && ['of', 'in', 'against', 'on', 'with'].includes(obj.prep ?? '') && obj.mentions[0]!.first - last <= 3) addAll(out, obj.mentions.filter((m) => m.label === 'Country'), 'target');
      break;
    }
    case 'Deployment': {
      // the deploying state: "North Korea's deployment", "North Korean troops", "Russia deployed"
      const owner = mod && (mod.label === 'Country' || mod.label === 'Organization') ? [mod] : undefined;
      const deployer = owner ?? (verb && subj && !subj.prep ? subj.mentions.map((m) => asState(m)).filter((m): m is Mention => Boolean(m)) : undefined) ?? weaponOwnersOfTroops(ctx, first, last);
      const troopWord = ctx.lex.troopTriggers.has(ctx.sentence.tokens[first]!.key);
      if (troopWord && fightingForces(ctx, first)) break;
      // "the released Russian soldiers had been transported to Belarus": prisoners, not a deployment
      if (ctx.sentence.tokens.slice(Math.max(0, first - 4), first).some((x) => ctx.lex.notDeployed.has(x.key))) break;
      // "North Korean troops in Russia": troops are a deployment only when sent somewhere by a state
      const sender = troopWord ? (mod && mod.label === 'Country' ? [mod] : verb ? undefined : subjectSender(ctx, first)) : deployer;
      addAll(out, sender?.filter((m) => m.label !== 'Person'), 'participant');
      if (out.size && obj && ['to', 'in', 'into'].includes(obj.prep ?? '') && obj.mentions[0]!.first - last <= 4) addAll(out, obj.mentions.filter((m) => m.label === 'Country' && !out.has(m.key!)), 'host');
      if (troopWord && ![...out.values()].includes('host')) out.clear();
      break;
    }
    case 'AidPackage': {
      // "the U.S. announced a $400 million package for Ukraine": donor and recipient
      const donors = mod && mod.label !== 'Person' && mod.label !== 'Place' ? [mod] : subj && !subj.prep ? subj.mentions.map((m) => asState(m) ?? m) : undefined;
      addAll(out, donors, 'donor');
      const recipients = rightArgs(ctx, last, 6, undefined, new Set(['for', 'to']));
      if (recipients && (recipients.prep === 'for' || recipients.prep === 'to')) addAll(out, recipients.mentions.filter((m) => !out.has(m.key!)), 'recipient');
      break;
    }
    case 'Meeting': {
      // who meets: the subject (or possessive) and whoever is met "with"/"between"; a named body's meeting
      // "Turkey offered to host talks between Kyiv and Moscow": the parties are those between; the host mediates
      const between = !verb && obj?.prep === 'between' && obj.mentions[0]!.first - last <= 3;
      // "Lin Jian said the visit was …", "KCNA described the summit as …": who reports a meeting is not at it
      const reported = !verb && subj && reportedBetween(ctx, Math.max(...subj.mentions.map((m) => m.last)), first);
      // "Poland and Hungary were discussed": the subject of a passive is what was talked about, not who talked
      const passive = verb && isPassive(ctx, first, last);
      if (!between && !passive) addAll(out, mod && (mod.possessive || mod.label === 'Organization') ? [mod] : subj && !subj.prep && !reported ? subj.mentions : undefined, 'participant');
      // whom the subject meets is the other side: "Rubio and Waltz sat across from Lavrov" ('counterpart')
      const other = out.size && !between ? 'counterpart' : 'participant';
      // a direct object follows "met" closely, in its clause: "officials met recently, urging Russia …" met no Russia
      const direct = obj && verb && !obj.prep && obj.mentions[0]!.first - last <= 6 &&
        !ctx.sentence.tokens.slice(last, obj.mentions[0]!.first).some((t) => /[,;:]/.test(t.post));
      if (obj && ['with', 'between', 'to', 'among'].includes(obj.prep ?? '') || direct) addAll(out, obj!.mentions, other);
      // "a virtual meeting of the Ukraine Defense Contact Group", "summits of the SCO"
      if (!verb && obj?.prep === 'of' && obj.mentions[0]!.first - last <= 3) addAll(out, obj.mentions, 'participant');
      break;
    }
    default: {
      // "Araghchi wrote that the sanctions were …": the writer is no party to the sanctions
      // "Wang Yi told Lavrov that China opposed U.S. sanctions": the reported clause starts after "that"
      const verbAt = reportingVerb(ctx, Math.max(-1, first - 8), first);
      const that = verbAt >= 0 ? ctx.sentence.tokens.findIndex((t, i) => i > verbAt && i < first && t.key === 'that') : -1;
      const said = that >= 0 ? that : verbAt;
      if (!subj || Math.max(...subj.mentions.map((m) => m.last)) > said) addAll(out, subj?.mentions, 'participant');
      // "EU sanctions", "North Korean shipments": the modifier is the agent too; others near by are parties
      if (mod && ACTOR.has(mod.label) && mod.first > said) addAll(out, [mod], 'participant');
      addAll(out, around(ctx, first, last, 6).filter((m) => m.first > said), 'party');
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
    if (conditional(ctx, first)) continue;
    // "attack drones", "supply routes": a noun modifying another noun names no happening
    const modifier = !tokens[first]!.tags.has('Verb') && nounModifier(ctx, first, last);
    // "the primary enabler": a one-word trigger used as an adjective before a noun names no happening
    if (first === last && tokens[first]!.tags.has('Adjective') && !tokens[first]!.tags.has('Noun') && tokens[last + 1]?.tags.has('Noun')) continue;
    // "a swap of fighters captured in Ukraine", "entities sanctioned last year": a participle describing a noun reports no new happening
    const reduced = verb && /ed$/.test(tokens[first]!.key) && tokens[first - 1]?.tags.has('Plural') && !ctx.mentions.some((x) => x.last === first - 1);
    for (const type of new Set(m.values)) {
      if (modifier && (type === 'Attack' || type === 'Deployment' || type === 'Meeting')) continue;
      if (type === 'Other' && reduced) continue;
      // "Moscow has neither confirmed nor denied": no statement was made
      if (type === 'Statement' && (isNegated(ctx, first) || /^(neither|nor)$/.test(tokens[first - 1]?.key ?? ''))) continue;
      const who = participants(ctx, type, first, last, verb);
      const defensive = type === 'Attack' && trieLongest(ctx.lex.defensive.trie, first, last + 1, (k) => tokens[k]!.key);
      const places = placesOf(ctx, first, last, type !== 'Statement');
      const placeOrigin = new Map<string, PlaceOrigin>(places.map((p) => [p.key!, 'locative']));
      // "most were shot down over the Kyiv, Sumy and Odesa regions": where the attack reported with it took place
      if (defensive && !who.size && !places.some((p) => p.label === 'Place')) continue;
      if (type === 'Attack' || type === 'War') for (const [id, role] of who) if (role === 'target') { const m = ctx.mentions.find((x) => x.key === id); if (m && !places.includes(m)) { places.push(m); placeOrigin.set(m.key!, 'target'); } }
      // an attack on a place is an attack on its state; a meeting includes whom the participants represent
      if (type === 'Attack' && who.size) for (const pl of places) {
        if (isWaterBody(pl)) continue;
        const state = pl.country && ctx.mentions.find((x) => x.label === 'Country' && x.name === pl.country);
        const known = pl.country ? entityId('Country', pl.country) : undefined;
        const id = state ? state.key! : known && ctx.entities.has(known) ? known : undefined;
        // "fighting alongside Russian troops in Kursk" is no attack on Russia
        const ally = ctx.mentions.some((x) => x.key === id && allyObject(ctx, x));
        if (id && !who.has(id) && !ally) who.set(id, 'target');
      }
      if (type === 'Meeting') for (const id of [...who.keys()]) {
        const m = ctx.mentions.find((x) => x.key === id);
        const of = m?.title?.of;
        // the state or body a participant's title names takes part as the one he represents, not as another party
        if (of && of.label !== 'Place' && !who.has(of.key!)) who.set(of.key!, 'represented');
      }
      if (type === 'Deployment') for (const [id, role] of who) if (role === 'host') { const m = ctx.mentions.find((x) => x.key === id); if (m && !places.includes(m)) { places.push(m); placeOrigin.set(m.key!, 'host'); } }
      // "the war" naming no side is kept: the collector ties it to the article's war
      const bareWar = type === 'War' && /^(the|this|its|their)$/.test(tokens[first - 1]?.key ?? '');
      if (!who.size && (!places.length || type !== 'Attack') && !bareWar) continue;
      // "fired a missile into the Sea of Japan": a launch into open water with no one hit is a test, not an attack
      // ("strikes on ports in the Black Sea" hit ports: an attack)
      const launch = /^(launch|fire|fired|firing|test)/.test(tokens[first]!.key);
      if (type === 'Attack' && launch && places.length && places.every(isWaterBody) && ![...who.values()].includes('target')) continue;
      const trigger = tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
      const place = placeOf(ctx, first, last);
      if (place && !placeOrigin.has(place.key!)) placeOrigin.set(place.key!, 'locative');
      out.push({ type, first, last, trigger, participants: who, place: place ?? places[0], places, placeOrigin, date: dateOf(ctx) });
    }
  }
  return out;
}
