// Who does what to whom in a sentence: the entity mentions on the left of a cue (its subject) and on
// its right (its object), with coordination ("the U.K. and France"), hyphenated pairs
// ("China-Russia") and passive voice ("was attacked by").
import { entityId } from '../../resolve/ids.js';
import type { Mention, NamedLabel } from '../entities/mention.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { SentenceContext } from '../context.js';

const CLAUSE_BREAK = new Set(['while', 'but', 'although', 'whereas', 'because', 'though', 'despite', 'however', 'meanwhile', 'whose', 'which']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'near', 'over', 'for', 'with', 'on', 'to', 'into', 'against', 'by', 'between', 'among', 'across', 'toward', 'towards', 'about', 'around', 'including', 'like', 'as']);
const COORD = new Set(['and', 'or', 'as', 'well', 'both', 'along', 'with', 'plus', 'together']);
/** runs of coordinating words that join two parties ("with" alone does not: "against Russia, with the U.S.") */
const COORD_RUN = /^(and|or|plus|and also|as well as|along with|together with|and both)$/;
const COLLECTIVE = /^(governments?|leaders?|officials|ministers|representatives|delegations?|militaries|forces|troops|armies|army|presidents?|heads|people|citizens|navies|navy)$/;
const DETERMINER = /^(the|a|an|his|her|its|their|our|this|that|these|those)$/;
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "'s", 'get', 'got', 'gets']);

export interface Args {
  mentions: Mention[];
  /** the mention is the object of a preposition ("in Kursk") */
  prep?: string;
}

function clauseBreak(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens[i]!;
  return CLAUSE_BREAK.has(t.key) || /[;:]/.test(t.post) || /[—–]/.test(t.post) || coordinatedClauseAt(ctx, i);
}

const CLAUSE_CONJUNCTION = /^(and|but|while|whereas|yet|or)$/;

/**
 * "A has supplied X, and B has offered Y": at token i a conjunction after a comma opens a clause with a
 * subject and a verb of its own, so nothing after it is an argument of the first clause's cue.
 */
export function coordinatedClauseAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens;
  if (!CLAUSE_CONJUNCTION.test(t[i]?.key ?? '') || !/,/.test(t[i - 1]?.post ?? '')) return false;
  let j = i + 1;
  if (/^(the|its|their)$/.test(t[j]?.key ?? '')) j++;
  const subject = mentionStartingAt(ctx, j);
  if (!subject) return false;
  for (let k = subject.last + 1; k <= Math.min(t.length - 1, subject.last + 3); k++) {
    if (t[k]!.tags.has('Verb')) return true;
    if (/[,;:]/.test(t[k - 1]!.post) || !t[k]!.tags.has('Adverb')) return false;
  }
  return false;
}

/** A mention inside a person's title stands for the person ("met French President Macron" → Macron). */
export function titleOwner(ctx: SentenceContext, m: Mention): Mention {
  if (m.label === 'Person') return m;
  const p = ctx.mentions.find((x) => x.label === 'Person' && x.title && x.title.last < x.first && x.title.first <= m.first && m.last < x.first);
  return p ?? m;
}

export function mentionEndingAt(ctx: SentenceContext, i: number): Mention | undefined {
  return ctx.mentions.find((m) => m.last === i);
}

export function mentionStartingAt(ctx: SentenceContext, i: number): Mention | undefined {
  return ctx.mentions.find((m) => m.first === i);
}

/** Mentions coordinated with `m` ("X, Y and Z", "X-Y") walking in direction `dir`. */
function coordinated(ctx: SentenceContext, m: Mention, dir: -1 | 1): Mention[] {
  const tokens = ctx.sentence.tokens;
  const out = [m];
  let edge = m;
  // a bare comma makes a list only when a conjunction or hyphen joins some item ("X, Y and Z"); "According to X, Y …"
  // and "X, Y said" are a phrase and a clause, not a list
  let joined = false;
  for (;;) {
    // leftwards, a person's title before the name belongs to it: "Putin and North Korean leader Kim"
    const titleStart = Math.min(edge.first, ...(edge.label === 'Person' ? (edge.titles ?? []).filter((t) => t.last < edge.first).map((t) => t.first) : []));
    let i = dir < 0 ? titleStart - 1 : edge.last + 1;
    // leftwards, "Britain and the European Union": the article sits between the conjunction and the name
    if (dir < 0 && tokens[i]?.key === 'the' && COORD.has(tokens[i - 1]?.key ?? '')) i--;
    const joinedByHyphen = dir < 0 ? tokens[i]?.post.includes('-') : tokens[edge.last]?.post.includes('-');
    let steps = 0;
    const run: string[] = [];
    while (!joinedByHyphen && i >= 0 && i < tokens.length && COORD.has(tokens[i]!.key) && steps < 3) {
      run.push(tokens[i]!.key);
      i += dir;
      steps++;
    }
    if (steps && !COORD_RUN.test((dir < 0 ? run.reverse() : run).join(' '))) break;
    const comma = dir < 0 ? /,/.test(tokens[i]?.post ?? '') : /,/.test(tokens[edge.last]!.post);
    if (!joinedByHyphen && !steps && !comma) break;
    if (tokens[i]?.key === 'the') i += dir;
    const next = dir < 0 ? mentionEndingAt(ctx, i) : mentionStartingAt(ctx, i);
    if (!next || next.label !== m.label && !(isState(next.label) && isState(m.label))) break;
    // "… to Russia, U.S. Secretary of State Marco Rubio said": after a bare comma, a state in a person's title
    // starts that person's phrase (a reporting clause, an apposition), not another item of the list
    if (!steps && !joinedByHyphen && dir > 0 && titleOwner(ctx, next) !== next) break;
    out.push(next);
    edge = next;
    if (steps || joinedByHyphen) joined = true;
  }
  return joined ? out : [m];
}

const isState = (l: NamedLabel) => l === 'Country' || l === 'Organization';

/** The subject group: nearest mention to the left in the clause, preferring one not inside a prepositional phrase. */
export function leftArgs(ctx: SentenceContext, cue: number, window = 14, labels?: ReadonlySet<NamedLabel>): Args | undefined {
  const tokens = ctx.sentence.tokens;
  let fallback: Args | undefined;
  for (let i = cue - 1; i >= 0 && cue - i <= window; i--) {
    if (clauseBreak(ctx, i) && i < cue - 1) break;
    // "X claimed that …": the subject of a reported clause is not the speaker
    if (tokens[i]!.key === 'that' && i > 0 && tokens[i - 1]!.tags.has('Verb')) break;
    const m = mentionEndingAt(ctx, i);
    // "Norway told Chile it would …": a subject pronoun nobody resolved hides whoever is named before it
    if (!m && /^(it|they)$/.test(tokens[i]!.key) && !tokens[i - 1]?.tags.has('Preposition') && !/^(that|as|than)$/.test(tokens[i - 1]?.key ?? '') ) break;
    if (!m) continue;
    // "they" standing for several named before ("Britain and France said they …"): every one of them
    const group = m.source === 'pronoun' ? ctx.mentions.filter((x) => x.last === i && x.source === 'pronoun') : coordinated(ctx, m, -1);
    const head = group[group.length - 1]!;
    let p = head.first - 1;
    if (/^(the|both|either)$/.test(tokens[p]?.key ?? '')) p--;
    let prep = tokens[p] && PREPOSITIONS.has(tokens[p]!.key) ? tokens[p]!.key : undefined;
    // "the governments of the United States, Japan and South Korea are concerned": the group is the subject
    if (prep === 'of' && COLLECTIVE.test(tokens[p - 1]?.key ?? '')) prep = undefined;
    // "as Washington stepped up pressure", "after Russia launched": a conjunction opening a clause whose subject this is
    if (prep && /^(as|after|before|since|until|while|because)$/.test(prep) && tokens[m.last + 1]?.tags.has('Verb')) prep = undefined;
    const ok = group.filter((g) => !labels || labels.has(g.label));
    if (ok.length) {
      // right next to the verb, a mention is its subject even inside a phrase ("a photo of X shaking hands")
      if (!prep || head.possessive || m.possessive || cue - m.last <= 1) return { mentions: ok };
      fallback ??= { mentions: ok, prep };
    }
    i = head.first;
  }
  return fallback;
}

/** The object group: first mention to the right in the clause (optionally after one of `preps`). */
export function rightArgs(ctx: SentenceContext, cue: number, window = 12, labels?: ReadonlySet<NamedLabel>, preps?: ReadonlySet<string>): Args | undefined {
  const tokens = ctx.sentence.tokens;
  for (let i = cue + 1; i < tokens.length && i - cue <= window; i++) {
    if (clauseBreak(ctx, i - 1) && i - 1 > cue) break;
    const m = mentionStartingAt(ctx, i);
    if (!m || (m.source === 'pronoun' && m.possessive)) continue;
    let p = m.first - 1;
    // "with the …", "with his counterpart X", "with its ally X": the preposition is before the determiner
    while (p > cue && (DETERMINER.test(tokens[p]!.key) || mentionEndingAt(ctx, p)?.source === 'pronoun')) p--;
    const prep = p > cue && tokens[p] && PREPOSITIONS.has(tokens[p]!.key) ? tokens[p]!.key : undefined;
    if (preps && prep && !preps.has(prep)) {
      i = m.last;
      continue;
    }
    const owner = titleOwner(ctx, m);
    const group = (owner !== m ? coordinated(ctx, owner, 1) : coordinated(ctx, m, 1)).filter((g) => !labels || labels.has(g.label));
    if (group.length) return { mentions: group, prep };
    i = m.last;
  }
  return undefined;
}

/** "was attacked by X", "a plan backed by Germany": passive voice around the cue token. */
export function isPassive(ctx: SentenceContext, cue: number, cueLast: number): boolean {
  const t = ctx.sentence.tokens;
  const be = BE.has(t[cue - 1]?.key ?? '') || (BE.has(t[cue - 2]?.key ?? '') && t[cue - 1]?.tags.has('Adverb'));
  const participle = /(ed|en|wn|ck|ht)$/.test(t[cue]!.key);
  const byNext = t[cueLast + 1]?.key === 'by';
  const by = t.slice(cueLast + 1, cueLast + 4).some((x) => x.key === 'by');
  // "Poland and Hungary were discussed", "the talks were held": be + participle is passive with or without an agent
  // … but "are (deeply) concerned about", "were worried over" is a state of mind, an adjective
  const pastParticiple = participle && (t[cue]!.tags.has('PastTense') || t[cue]!.tags.has('Participle')) && !/^(about|over|that|of)$/.test(t[cueLast + 1]?.key ?? '');
  return Boolean(be && (by || pastParticiple)) || (participle && byNext);
}

/** "did not", "never", "refused to": negation just before the cue, in the same phrase. */
export function isNegated(ctx: SentenceContext, cue: number): boolean {
  const t = ctx.sentence.tokens;
  for (let i = cue - 1; i >= Math.max(0, cue - 3); i--) {
    if (/[,;:]/.test(t[i]!.post) || ctx.mentions.some((m) => m.last === i)) return false;
    if ((ctx.lex.claims.negations.has(t[i]!.key) && (t[i]!.key !== 'without' || i === cue - 1)) || /n['’]t$/.test(t[i]!.lower)) return true;
  }
  return false;
}

const EVALUATIVE = /^(call|calls|called|calling|condemn|condemns|condemned|condemning|denounce|denounced|blame|blamed|blames|criticized|criticised|label|labeled|labelled|dub|dubbed|term|termed|deny|denied|denies|describe|described|deplore|deplored)$/;

/**
 * A verb of saying or judging between an argument and a cue: "The ministry said its forces struck",
 * "Zakharova called the attack a terrorist act", "Borrell said the strikes showed": the argument reports
 * or judges the act; it does not carry it out.
 */
export function reportedBetween(ctx: SentenceContext, from: number, to: number): boolean {
  return reportingVerb(ctx, from, to) >= 0;
}

/** The first verb of saying or judging in (from, to) that reports another's act, or -1. */
export function reportingVerb(ctx: SentenceContext, from: number, to: number): number {
  const t = ctx.sentence.tokens;
  for (let i = from + 1; i < to; i++) {
    const x = t[i]!;
    if (!x.tags.has('Verb')) continue;
    if (!ctx.lex.claims.attributionVerbs.has(x.lower) && !EVALUATIVE.test(x.key)) continue;
    // "the ministry said its forces struck": the reporter's own forces act
    const next = t[i + 1]?.key === 'that' ? t[i + 2] : t[i + 1];
    if (next && /^(its|their|our)$/.test(next.key)) continue;
    return i;
  }
  return -1;
}

/** A ministry stands for its state when the state acts: "the Defence Ministry said its forces struck". */
export function ministryAsState(ctx: SentenceContext, m: Mention): Mention {
  if (m.label !== 'Organization' || !m.country || ctx.gaz.orgKind.get(m.name) !== 'ministry') return m;
  const key = entityId('Country', m.country);
  return ctx.entities.has(key) ? { ...m, label: 'Country', key, name: m.country } : m;
}

/** A person standing for the organization or state in their title ("Russian Prime Minister X strengthens ties"). */
export function asState(m: Mention): Mention | undefined {
  if (m.label !== 'Person') return m;
  const of = m.title?.of;
  return of && (of.label === 'Country' || of.label === 'Organization') ? of : undefined;
}

const MODALS = /^(may|might|could|would|will|shall|should|can|must|'ll|wo)$/;
/** "continued to strike", "managed to deliver": an infinitive that reports a fact */
const FACTIVE_BEFORE_TO = /^(continue|continues|continued|continuing|began|begin|begins|beginning|begun|start|starts|started|starting|went|managed|manages|proceeded|used|helped|helps|help)$/;
const AUX = /^(be|been|being|is|are|was|were|have|has|had|also|still|soon|then|now|further|again|directly|reportedly)$/;

/**
 * "troops are training to fight", "could strike", "is expected to deliver", "offered to host talks":
 * the cue is intended, possible or future (irrealis), not reported as done. `cue` is a verb's token, or a
 * noun's whose governing verb is looked up ("plans to launch an offensive").
 */
export function isIrrealis(ctx: SentenceContext, cue: number, noun = false): boolean {
  const t = ctx.sentence.tokens;
  let v = cue;
  if (noun) {
    // walk back over the noun's modifiers to its verb: "to host peace talks", "to launch a new offensive"
    v = -1;
    for (let i = cue - 1; i >= Math.max(0, cue - 5); i--) {
      if (/[,;:]/.test(t[i]!.post) || ctx.mentions.some((m) => m.last === i && !m.possessive && m.source !== 'demonym')) return false;
      if (t[i]!.tags.has('Verb')) {
        v = i;
        break;
      }
    }
    if (v < 0) return false;
  }
  for (let i = v - 1; i >= Math.max(0, v - 4); i--) {
    const k = t[i]!.key;
    if (/[,;:]/.test(t[i]!.post)) return false;
    if (MODALS.test(k)) return true;
    if (k === 'to') return !FACTIVE_BEFORE_TO.test(t[i - 1]?.key ?? '');
    if (!(AUX.test(k) || t[i]!.tags.has('Adverb') || k === 'not' || k === 'never')) return false;
  }
  return false;
}

/** "if Belarus were attacked", "unless Iran ships missiles": the cue is in a condition, not a report. */
export function isConditional(ctx: SentenceContext, cue: number): boolean {
  const t = ctx.sentence.tokens;
  if (isHypothetical(ctx, cue)) return true;
  for (let i = cue - 1; i >= Math.max(0, cue - 8); i--) {
    if (/[,;:—–]/.test(t[i]!.post)) return false;
    if (/^(if|unless|whether)$/.test(t[i]!.key)) return true;
  }
  return false;
}

/** The noun at `first` heads a prepositional phrase ("during an overnight attack", "amid the offensive"). */
export function inPrepPhrase(ctx: SentenceContext, first: number): boolean {
  const t = ctx.sentence.tokens;
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    const k = t[i]!.key;
    if (/^(during|amid|amidst|after|before|since|despite|in|since|following|throughout|under|through|from|over|about|regarding|concerning)$/.test(k)) return true;
    if (ctx.mentions.some((m) => m.first <= i && i <= m.last) || /[,;:]/.test(t[i]!.post)) return false;
    if (!(t[i]!.tags.has('Adjective') || t[i]!.tags.has('Determiner') || (t[i]!.tags.has('Noun') && !t[i]!.tags.has('Pronoun')) || t[i]!.tags.has('Value') || /^(overnight|new|fresh|massive|large|major|latest|recent|deadly)$/.test(k))) return false;
  }
  return false;
}

/**
 * "attack drones", "supply routes", "deployment plans": a singular cue noun directly before another noun is that
 * noun's modifier (a kind of drone, of route, of plan), not an act. `last` is the cue's last token.
 */
export function nounModifier(ctx: SentenceContext, first: number, last: number): boolean {
  const t = ctx.sentence.tokens;
  const cue = t[last]!;
  const next = t[last + 1];
  if (!next || cue.tags.has('Plural') || /[,;:.()"“”—–-]/.test(cue.post) || cue.possessive) return false;
  if (ctx.mentions.some((m) => m.first === last + 1)) return false;
  // compromise may tag the head as a verb ("attack drones against …"): a materiel word is a noun here
  if (ctx.lex.items.words.has(next.key) && !next.tags.has('ProperNoun')) return true;
  if (!next.tags.has('Noun') || next.tags.has('ProperNoun') || next.tags.has('Date') || next.tags.has('Value') || next.tags.has('Pronoun')) return false;
  void first;
  return !/^(today|tonight|yesterday|overnight|last|this|next|morning|evening|night|week|month|year|that|which)$/.test(next.key);
}

const MODAL_AFTER = /^(would|could|might|may)$/;

/**
 * A cue inside a hypothetical: a frame before it anywhere in the sentence ("a scenario in which … a Chinese
 * operation against Taiwan", "in the event of an attack on Estonia", "war games simulating a strike"), or an act
 * noun that is the subject of a modal ("a conflict over Taiwan would spill over", "an attack on X could …").
 */
export function isHypothetical(ctx: SentenceContext, cue: number): boolean {
  const t = ctx.sentence.tokens;
  for (let i = 0; i < cue; i++) if (trieLongest(ctx.lex.claims.hypotheticals.trie, i, cue, (k) => t[k]!.key)) return true;
  if (t[cue]!.tags.has('Verb')) return false;
  for (let i = cue + 1; i < Math.min(t.length, cue + 10); i++) {
    if (MODAL_AFTER.test(t[i]!.key)) return true;
    if (/[;:]/.test(t[i - 1]!.post) || (t[i]!.tags.has('Verb') && !t[i]!.tags.has('Auxiliary') && !/[—–-]/.test(t[i - 1]!.post))) return false;
  }
  return false;
}

