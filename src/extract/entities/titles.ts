// Titles and roles around a person's name: "Deputy Pentagon press secretary Sabrina Singh",
// "Serhiy Lysak, the regional governor of Dnipropetrovsk", "General Patrick Ryder from the Pentagon".
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence, Token } from '../text/parse.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Mention, Title } from './mention.js';

const INNER = new Set(['of', 'for', 'on', 'the', 'and', 'to']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const LINKS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'to']);
const PAST = new Set(['former', 'ex', 'late', 'then']);
const PLACE_HEADS = new Set(['governor', 'mayor', 'regional governor', 'head']);

const stops = (t: Token) => /[,;:()"“”!?]/.test(t.post) || /\.\s/.test(t.post);

interface Head {
  leads: boolean;
  index: number; // token index of the head phrase's first token
}

/** The rightmost title phrase among tokens[first..last], skipping mentions. */
function titleHead(tokens: Token[], first: number, last: number, inMention: (i: number) => boolean, lex: Lexicon): Head | undefined {
  let head: Head | undefined;
  for (let i = first; i <= last; i++) {
    if (inMention(i)) continue;
    const key = (k: number) => (k <= last && !inMention(k) ? tokens[k]?.key ?? '\u0000' : '\u0000');
    const l = trieLongest(lex.titles.leads.trie, i, last + 1, key);
    const m = trieLongest(lex.titles.member.trie, i, last + 1, key);
    if (!l && !m) continue;
    const leads = (l?.length ?? 0) >= (m?.length ?? 0);
    head = { leads, index: i };
    i += Math.max(l?.length ?? 0, m?.length ?? 0) - 1;
  }
  return head;
}

function makeTitle(tokens: Token[], first: number, last: number, head: Head, of: Mention | undefined, inMention: (i: number) => boolean, lex: Lexicon): Title | undefined {
  const words: string[] = [];
  let past = false;
  let memberPrefix = false;
  for (let i = first; i <= last; i++) {
    if (inMention(i) || (DETERMINERS.has(tokens[i]!.key) && !words.length)) continue;
    if (PAST.has(tokens[i]!.key)) past = true;
    if (i < head.index && lex.titles.memberPrefixes.has(tokens[i]!.key)) memberPrefix = true;
    words.push(tokens[i]!.text);
  }
  while (words.length && INNER.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (!words.length) return undefined;
  void past;
  return { text: words.join(' '), leads: head.leads && !memberPrefix, of, first, last };
}

function pickOf(cands: Mention[], tokens?: Token[]): Mention | undefined {
  // "ambassador to the U.N.": the posting is not the employer
  const posted = (m: Mention) => Boolean(tokens && (tokens[m.first - 1]?.key === 'to' || (tokens[m.first - 1]?.key === 'the' && tokens[m.first - 2]?.key === 'to')));
  const own = cands.filter((m) => !posted(m));
  if (own.length && own.length < cands.length) cands = own;
  // an ambassador or envoy serves a state, whatever organization they are posted to
  if (tokens && cands.some((m) => m.label === 'Country') && cands.some((m) => m.label === 'Organization')) {
    const last = Math.max(...cands.map((m) => m.last));
    if (tokens.slice(last + 1, last + 3).some((t) => /^(ambassador|envoy|representative|delegate)s?$/.test(t.key))) {
      return cands.find((m) => m.label === 'Country');
    }
  }
  return (
    [...cands].reverse().find((m) => m.label === 'Organization') ??
    [...cands].reverse().find((m) => m.label === 'Country') ??
    [...cands].reverse().find((m) => m.label === 'Place')
  );
}

/** Title written before the name. */
function titleBefore(sentence: Sentence, p: Mention, byLast: Map<number, Mention>, lex: Lexicon): Title | undefined {
  const { tokens } = sentence;
  const inside: Mention[] = [];
  const spans = new Set<number>();
  let i = p.first - 1;
  let first = p.first;
  // "Ukraine's ambassador to the U.N., Sergiy Kyslytsya, said": a title set off by commas
  const apposed = i >= 0 && /^,\s*$/.test(tokens[i]!.post) && /,/.test(tokens[p.last]!.post);
  while (i >= 0) {
    const t = tokens[i]!;
    if (stops(t) && !(apposed && i === p.first - 1)) break;
    const m = byLast.get(i);
    if (m && m.label !== 'Person') {
      inside.push(m);
      for (let k = m.first; k <= m.last; k++) spans.add(k);
      first = m.first;
      i = m.first - 1;
      continue;
    }
    const isTitle = lex.titles.leads.tokens.has(t.key) || lex.titles.member.tokens.has(t.key) || lex.titles.modifiers.tokens.has(t.key) || lex.titles.honorifics.has(t.key) || PAST.has(t.key);
    const inner = INNER.has(t.key) && first < p.first && i > 0;
    if (!isTitle && !inner) break;
    first = i;
    i--;
  }
  while (first < p.first && INNER.has(tokens[first]!.key)) first++;
  if (first >= p.first) return undefined;
  const inMention = (k: number) => spans.has(k);
  const head = titleHead(tokens, first, p.first - 1, inMention, lex);
  if (!head) return undefined;
  return makeTitle(tokens, first, p.first - 1, head, pickOf(inside, tokens), inMention, lex);
}

/** Apposition after the name: ", the regional governor of Dnipropetrovsk" or " from the Pentagon". */
function titleAfter(sentence: Sentence, p: Mention, byFirst: Map<number, Mention>, lex: Lexicon): Title | undefined {
  const { tokens } = sentence;
  let i = p.last + 1;
  const comma = /,/.test(tokens[p.last]!.post);
  // "Donald Trump was sworn in as U.S. president", "Rutte became NATO secretary general"
  const become = comma ? -1 : becomingTitle(tokens, i);
  if (become >= 0) i = become;
  else if (!comma) {
    // "General Patrick Ryder from the Pentagon" / "Michael Singh of the Washington Institute"
    const link = tokens[i];
    if (!link || !['from', 'of', 'at'].includes(link.key)) return undefined;
    let j = i + 1;
    if (tokens[j]?.key === 'the') j++;
    const m = byFirst.get(j);
    if (!m || (m.label !== 'Organization' && !(m.label === 'Country' && link.key === 'of'))) return undefined;
    return { text: '', leads: false, of: m, first: i, last: m.last };
  }
  const determiner = Boolean(tokens[i] && DETERMINERS.has(tokens[i]!.key));
  if (determiner) i++;
  // "Dmytro Lubinets, Ukraine's commissioner for human rights"
  const owner0 = byFirst.get(i);
  // "Ukraine's commissioner", after a verb of becoming "(sworn in as) U.S. president", or a state or body
  // modifying the title after a determiner: "Lloyd Austin, the U.S. defense secretary"
  const modifier = determiner && comma && (owner0?.label === 'Country' || owner0?.label === 'Organization');
  const owner = owner0 && owner0.label !== 'Person' && (owner0.possessive || become >= 0 || modifier) ? owner0 : undefined;
  if (owner) i = owner.last + 1;
  const first = i;
  while (i < tokens.length && !LINKS.has(tokens[i]!.key) && !byFirst.has(i) && !stops(tokens[i]!) && i - first < 6) i++;
  // a one-word title ending the clause ("…, the U.S. president.") is still a title
  if (i === first && !(tokens[i] && stops(tokens[i]!) && !byFirst.has(i) && !LINKS.has(tokens[i]!.key))) return undefined;
  const titleLast = Math.min(tokens.length - 1, LINKS.has(tokens[i]?.key ?? '') || byFirst.has(i) ? i - 1 : i);
  const head = titleHead(tokens, first, titleLast, () => false, lex);
  if (!head) return undefined;
  let j = titleLast + 1;
  if (tokens[j] && LINKS.has(tokens[j]!.key)) j++;
  if (tokens[j]?.key === 'the') j++;
  const of = byFirst.get(j);
  let ofMention = owner ?? (of && of.label !== 'Person' ? of : undefined);
  // "a fellow for Europe at the Council on Foreign Relations", "research fellow for airpower at RUSI":
  // the portfolio (a region or topic) is not the employer; the organization after "at" is
  let end = of ? of.last : titleLast;
  if ((!ofMention || ofMention.label === 'Place') && !PLACE_HEADS.has(tokens[head.index]!.key)) {
    const employer = employerAfter(tokens, (of ? of.last : titleLast) + 1, byFirst);
    if (employer) {
      ofMention = employer;
      end = employer.last;
    }
  }
  const title = makeTitle(tokens, first, titleLast, head, ofMention, () => false, lex);
  // "head of the Estonian Defence Forces intelligence centre": heading a unit of an organization is a post in it
  if (title?.leads && ofMention && ofMention === of && subUnitAfter(tokens, of.last, lex)) title.leads = false;
  return title && { ...title, last: end };
}

/** Lower-case words naming a unit right after an organization's name ("… Forces intelligence centre"). */
function subUnitAfter(tokens: Token[], last: number, lex: Lexicon): boolean {
  if (stops(tokens[last]!) || tokens[last]!.possessive) return false;
  for (let i = last + 1; i < Math.min(tokens.length, last + 4); i++) {
    const t = tokens[i]!;
    if (t.cap || !t.tags.has('Noun')) return false;
    if (lex.entities.orgHeads.has(t.key) || /^(unit|units|section|branch|wing|team|desk)$/.test(t.key)) return true;
    if (stops(t)) return false;
  }
  return false;
}

/** "… at (the) <Organization>" within a few words of the title, before any clause break. */
function employerAfter(tokens: Token[], from: number, byFirst: Map<number, Mention>): Mention | undefined {
  for (let i = from; i < Math.min(tokens.length, from + 8); i++) {
    if (tokens[i]!.key === 'at') {
      const m = byFirst.get(tokens[i + 1]?.key === 'the' ? i + 2 : i + 1);
      return m?.label === 'Organization' ? m : undefined;
    }
    const m = byFirst.get(i);
    if (m?.label === 'Person' || stops(tokens[i]!) || tokens[i]!.tags.has('Verb')) return undefined;
    if (m) i = m.last;
  }
  return undefined;
}

/** After a name, the start of a title taken up: "(was) sworn in as", "(was) elected", "became", "(was) appointed (as)". */
function becomingTitle(tokens: Token[], i: number): number {
  let k = i;
  if (/^(was|is|has|had|have|were|been|be)$/.test(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.key === 'been') k++;
  const v = tokens[k]?.key ?? '';
  if (v === 'sworn' && tokens[k + 1]?.key === 'in' && tokens[k + 2]?.key === 'as') return k + 3;
  if (/^(became|becomes|become)$/.test(v)) return k + 1;
  if (/^(elected|re-elected|appointed|named|installed|confirmed)$/.test(v)) return tokens[k + 1]?.key === 'as' ? k + 2 : k + 1;
  return -1;
}

/** Attaches titles to the person mentions of a sentence (mutates the mentions). */
export function attachTitles(sentence: Sentence, mentions: Mention[], lex: Lexicon): void {
  const byLast = new Map<number, Mention>();
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) {
    byLast.set(m.last, m);
    byFirst.set(m.first, m);
  }
  for (const p of mentions) {
    if (p.label !== 'Person') continue;
    let before = titleBefore(sentence, p, byLast, lex);
    const after = titleAfter(sentence, p, byFirst, lex);
    if (before && !before.of && after?.of && !after.text) before = { ...before, of: after.of };
    const titles = [before, after && (after.text || !before) ? after : undefined].filter((t): t is Title => Boolean(t));
    // "In Mykolaiv, Governor Vitalii Kim said": a governor or mayor of the place the sentence names
    for (const t of titles) {
      if (t.of || !PLACE_HEADS.has(t.text.toLowerCase().split(' ').pop() ?? '')) continue;
      const places = mentions.filter((m) => m.label === 'Place');
      if (places.length === 1) t.of = places[0];
    }
    if (!titles.length) continue;
    p.titles = titles;
    p.title = titles.find((t) => t.of) ?? titles[0];
  }
}
