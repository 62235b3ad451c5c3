// Proper names the gazetteers do not know: capitalised chunks typed by their head word
// (Ministry → Organization, region → Place), compromise's person tags, or acronyms.
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence, Token } from '../text/parse.js';
import { isAcronym } from '../text/normalize.js';
import { trieLongest } from '../gazetteer/trie.js';
import { sentenceSlice } from './gazetteer-match.js';
import type { Mention, NamedLabel } from './mention.js';

const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and']);
const PARTICLES = new Set(['de', 'da', 'del', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'di']);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/;

const isTitleWord = (t: Token, lex: Lexicon) =>
  lex.titles.leads.words.has(t.key) || lex.titles.member.words.has(t.key) || lex.titles.honorifics.has(t.key);

const personTagged = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');

/** Does the sentence look like a Title Case headline? */
export function isHeadline(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /\p{L}{3,}/u.test(t.text));
  if (words.length < 4) return false;
  const caps = words.filter((t) => t.cap).length;
  return caps / words.length > 0.6;
}

function breaksAfter(t: Token): boolean {
  return t.possessive || /[,;:()"“”!?.]/.test(t.post.replace(/^\s*-\s*$/, '')) || /[)"“”]/.test(t.pre);
}

interface Chunk {
  first: number;
  last: number;
}

function chunks(sentence: Sentence, covered: Uint8Array, lex: Lexicon): Chunk[] {
  const { tokens } = sentence;
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || covered[i] || /^\d/.test(t.text)) {
      i++;
      continue;
    }
    let last = i;
    let hasOrgHead = lex.entities.orgHeads.has(t.key);
    while (last + 1 < tokens.length && !breaksAfter(tokens[last]!)) {
      const n = tokens[last + 1]!;
      if (n.cap && !covered[last + 1]) {
        last++;
        hasOrgHead ||= lex.entities.orgHeads.has(n.key);
        continue;
      }
      // lower-case connectors inside organization names and particles inside person names
      const after = tokens[last + 2];
      const after2 = tokens[last + 3];
      if (PARTICLES.has(n.key) && after?.cap && !covered[last + 2]) {
        last += 2;
        continue;
      }
      if (hasOrgHead && CONNECTORS.has(n.key) && n.key !== 'and') {
        if (after?.cap && !covered[last + 2]) {
          last += 2;
          continue;
        }
        if (after?.key === 'the' && after2?.cap && !covered[last + 3]) {
          last += 3;
          continue;
        }
      }
      break;
    }
    out.push({ first: i, last });
    i = last + 1;
  }
  return out;
}

function typeChunk(sentence: Sentence, c: Chunk, lex: Lexicon, headline: boolean): { label: NamedLabel; first: number } | undefined {
  const { tokens } = sentence;
  let first = c.first;
  // titles before the name are not part of it ("President", "Deputy", "General")
  while (first <= c.last && (isTitleWord(tokens[first]!, lex) || lex.titles.modifiers.words.has(tokens[first]!.key)) && !personTagged(tokens[first]!) ) first++;
  while (first <= c.last && isTitleWord(tokens[first]!, lex) && first < c.last) first++;
  if (first > c.last) return undefined;
  const span = tokens.slice(first, c.last + 1);
  const keys = span.map((t) => t.key);
  const lastTok = span[span.length - 1]!;
  const next = tokens[c.last + 1];
  if (span.length === 1 && lex.entities.notNames.has(lastTok.key)) return undefined;
  if (span.every((t) => lex.entities.notNames.has(t.key))) return undefined;
  if (span.some((t) => t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay'))) return undefined;
  if (keys.some((k) => lex.entities.orgHeads.has(k)) && span.length > 1) return { label: 'Organization', first };
  const placeHead = trieLongest(lex.entities.placeHeads.trie, span.length - 1, span.length, (k) => keys[k]!);
  if (placeHead && span.length > 1) return { label: 'Place', first };
  if (next && !next.cap && lex.entities.placeWords.has(next.key) && !lastTok.possessive) return { label: 'Place', first };
  if (span.length === 1 && isAcronym(lastTok.text) && !ROMAN.test(lastTok.text) && lastTok.text.length <= 7) {
    return headline ? undefined : { label: 'Organization', first };
  }
  const atStart = first === 0 || /[“"‘]/.test(tokens[first]!.pre);
  const personish = span.filter(personTagged).length;
  if (personish && span.length <= 4 && span.every((t) => t.tags.has('ProperNoun') || personTagged(t) || t.cap)) {
    if (span.length === 1 && (atStart || headline) && !lastTok.tags.has('LastName')) return undefined;
    if (span.some((t) => t.tags.has('Place') && !personTagged(t))) return span.length > 1 ? { label: 'Place', first } : undefined;
    return { label: 'Person', first };
  }
  if (headline) return undefined;
  if (span.length === 1 && lastTok.tags.has('Organization')) return { label: 'Organization', first };
  if (span.length >= 2 && span.length <= 3 && first > 0 && tokens[first - 1] && isTitleWord(tokens[first - 1]!, lex)) {
    return { label: 'Person', first };
  }
  if (span.length >= 1 && span.every((t) => t.tags.has('Place')) && !atStart) return { label: 'Place', first };
  return undefined;
}

/** Names in a sentence not covered by the gazetteer matches. */
export function matchNames(sentence: Sentence, covered: Uint8Array, lex: Lexicon): Mention[] {
  const headline = isHeadline(sentence);
  const out: Mention[] = [];
  for (const c of chunks(sentence, covered, lex)) {
    const typed = typeChunk(sentence, c, lex, headline);
    if (!typed) continue;
    const first = sentence.tokens[typed.first]!;
    const last = sentence.tokens[c.last]!;
    const surface = sentenceSlice(sentence, typed.first, c.last);
    out.push({
      label: typed.label,
      name: surface,
      surface,
      sentence: sentence.index,
      first: typed.first,
      last: c.last,
      start: first.start,
      end: last.end,
      source: typed.label === 'Organization' && isAcronym(surface) ? 'acronym' : 'name',
      possessive: last.possessive,
    });
  }
  return out;
}
