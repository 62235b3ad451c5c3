// Titles and roles around a person's name: "Deputy Pentagon press secretary Sabrina Singh",
// "Serhiy Lysak, the regional governor of Dnipropetrovsk", "General Patrick Ryder from the Pentagon".
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence, Token } from '../text/parse.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Mention, Title } from './mention.js';

const INNER = new Set(['of', 'for', 'on', 'the', 'and']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const LINKS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'to']);
const PAST = new Set(['former', 'ex', 'late', 'then']);

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
    const key = (k: number) => (k <= last && !inMention(k) ? tokens[k]!.key : '\u0000');
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
    if (PAST.has(tokens[i]!.key)) {
      past = true;
      continue;
    }
    if (i < head.index && lex.titles.memberPrefixes.has(tokens[i]!.key)) memberPrefix = true;
    words.push(tokens[i]!.text);
  }
  while (words.length && INNER.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (!words.length || past) return undefined;
  return { text: words.join(' '), leads: head.leads && !memberPrefix, of, first, last };
}

function pickOf(cands: Mention[]): Mention | undefined {
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
  while (i >= 0) {
    const t = tokens[i]!;
    if (stops(t)) break;
    const m = byLast.get(i);
    if (m && m.label !== 'Person') {
      inside.push(m);
      for (let k = m.first; k <= m.last; k++) spans.add(k);
      first = m.first;
      i = m.first - 1;
      continue;
    }
    const isTitle = lex.titles.leads.words.has(t.key) || lex.titles.member.words.has(t.key) || lex.titles.modifiers.words.has(t.key) || lex.titles.honorifics.has(t.key) || PAST.has(t.key);
    const inner = INNER.has(t.key) && first < p.first && i > 0 && (lex.titles.leads.words.has(tokens[i - 1]!.key) || lex.titles.member.words.has(tokens[i - 1]!.key));
    if (!isTitle && !inner) break;
    first = i;
    i--;
  }
  if (first >= p.first) return undefined;
  const inMention = (k: number) => spans.has(k);
  const head = titleHead(tokens, first, p.first - 1, inMention, lex);
  if (!head) return undefined;
  return makeTitle(tokens, first, p.first - 1, head, pickOf(inside), inMention, lex);
}

/** Apposition after the name: ", the regional governor of Dnipropetrovsk" or " from the Pentagon". */
function titleAfter(sentence: Sentence, p: Mention, byFirst: Map<number, Mention>, lex: Lexicon): Title | undefined {
  const { tokens } = sentence;
  let i = p.last + 1;
  const comma = /,/.test(tokens[p.last]!.post);
  if (!comma) {
    // "General Patrick Ryder from the Pentagon" / "Michael Singh of the Washington Institute"
    const link = tokens[i];
    if (!link || !['from', 'of', 'at'].includes(link.key)) return undefined;
    let j = i + 1;
    if (tokens[j]?.key === 'the') j++;
    const m = byFirst.get(j);
    if (!m || (m.label !== 'Organization' && !(m.label === 'Country' && link.key === 'of'))) return undefined;
    return { text: '', leads: false, of: m, first: i, last: m.last };
  }
  if (tokens[i] && DETERMINERS.has(tokens[i]!.key)) i++;
  const first = i;
  while (i < tokens.length && !LINKS.has(tokens[i]!.key) && !byFirst.has(i) && !stops(tokens[i]!) && i - first < 6) i++;
  if (i === first) return undefined;
  const titleLast = LINKS.has(tokens[i]?.key ?? '') || byFirst.has(i) ? i - 1 : i;
  const head = titleHead(tokens, first, titleLast, () => false, lex);
  if (!head) return undefined;
  let j = titleLast + 1;
  if (tokens[j] && LINKS.has(tokens[j]!.key)) j++;
  if (tokens[j]?.key === 'the') j++;
  const of = byFirst.get(j);
  const title = makeTitle(tokens, first, titleLast, head, of && of.label !== 'Person' ? of : undefined, () => false, lex);
  return title && { ...title, last: of ? of.last : titleLast };
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
    const before = titleBefore(sentence, p, byLast, lex);
    const after = titleAfter(sentence, p, byFirst, lex);
    if (before && !before.of && after?.of && !after.text) p.title = { ...before, of: after.of };
    else p.title = before ?? after;
  }
}
