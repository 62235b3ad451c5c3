// Gazetteer mentions in a sentence: longest match of the token keys, capitals used for the state
// told apart from the city by context.
import type { Gazetteer, GazEntry } from '../gazetteer/index.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence, Token } from '../text/parse.js';
import type { Mention, NamedLabel } from './mention.js';

const TRAVEL = /^(visit|visits|visited|trip|trips|travel|travels|travelled|traveled|flew|arrived|returned|came|went|journey|moved|relocated)$/;
const LOCATIVE = new Set(['in', 'at', 'into', 'over', 'near', 'around', 'across', 'outside', 'inside', 'above', 'via', 'through']);
const PRIORITY: Record<string, number> = { Organization: 0, Country: 1, Place: 2, Person: 3 };

function upperOk(tokens: Token[], from: number, length: number): boolean {
  for (let i = from; i < from + length; i++) if (/\p{Ll}/u.test(tokens[i]!.text.replace(/['’]s$/, ''))) return false;
  return true;
}

/** Is a capital/seat at tokens [i, i+len) used for the city (true) rather than the state? */
function usedAsPlace(tokens: Token[], i: number, len: number, lex: Lexicon): boolean {
  const last = tokens[i + len - 1]!;
  if (last.possessive) return false;
  const next = tokens[i + len];
  if (next && lex.entities.placeWords.has(next.key)) return true;
  const prev = tokens[i - 1];
  if (prev && LOCATIVE.has(prev.key)) return true;
  // "a visit to Kyiv", "returned from Moscow" — but "delivered drones to Moscow" is the state
  if (prev && (prev.key === 'to' || prev.key === 'from') && TRAVEL.test(tokens[i - 2]?.key ?? '')) return true;
  // in a list of places: "the Kharkiv, Kyiv and Poltava regions"
  const listed = (t: Token | undefined) => Boolean(t && (t.tags.has('Place') || lex.entities.placeWords.has(t.key)));
  if (/,/.test(prev?.post ?? '') && listed(tokens[i - 2])) return true;
  if (/,/.test(last.post) && listed(tokens[i + len])) return true;
  // "cities, including Kyiv and Kharkiv": given as an example of places
  if (prev && /^(including|like)$/.test(prev.key) && /^(cities|towns|regions|areas|places)$/.test(tokens[i - 2]?.key.replace(/[,]$/, '') ?? '')) return true;
  return false;
}

function pick(values: GazEntry[], tokens: Token[], i: number, len: number, lex: Lexicon): GazEntry {
  const sorted = [...values].sort((a, b) => {
    const pa = PRIORITY[a.label]! + (a.via === 'capital' || a.via === 'seat' ? 1.5 : 0);
    const pb = PRIORITY[b.label]! + (b.via === 'capital' || b.via === 'seat' ? 1.5 : 0);
    return pa - pb;
  });
  const best = sorted[0]!;
  if (best.label === 'Country' && best.via === 'capital' && usedAsPlace(tokens, i, len, lex)) {
    const place = sorted.find((v) => v.label === 'Place');
    return place ?? { ...best, label: 'Place', via: 'name', kind: 'city', country: best.name };
  }
  if (best.label === 'Place' && !usedAsPlace(tokens, i, len, lex)) {
    const state = sorted.find((v) => v.label === 'Country' && v.via === 'capital');
    if (state && (tokens[i + len - 1]!.possessive || tokens[i + len]?.tags.has('Verb'))) return state;
  }
  return best;
}

/**
 * A one-word place that is also a first name, directly followed by a capitalised name that is not a
 * known place, is a person's first name ("Sydney Seiler", "Victoria Nuland"), not the city.
 */
function firstNameOfPerson(tokens: Token[], i: number, len: number, entry: GazEntry): boolean {
  if (entry.label !== 'Place' || len !== 1) return false;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!(t.tags.has('FirstName') || t.tags.has('Person')) || !next?.cap || t.possessive || /[,;:.()]/.test(t.post) || t.post.includes('-')) return false;
  return next.tags.has('LastName') || (next.tags.has('ProperNoun') && !next.tags.has('Place'));
}

/**
 * "General Salifu Modi": a known person's surname right after another capitalised given name is a different
 * person who shares it; the text gives another first name, so the gazetteer entry is not meant.
 */
function surnameOfAnother(tokens: Token[], i: number, len: number, entry: GazEntry, lex: Lexicon): boolean {
  if (entry.label !== 'Person' || len !== 1) return false;
  const prev = tokens[i - 1];
  if (!prev?.cap || /[,;:.()"“”]/.test(prev.post) || prev.possessive) return false;
  if (lex.titles.leads.words.has(prev.key) || lex.titles.member.words.has(prev.key) || lex.titles.honorifics.has(prev.key) || lex.titles.modifiers.words.has(prev.key)) return false;
  if (lex.entities.notNames.has(prev.key) || prev.tags.has('Date') || prev.tags.has('Place') || prev.tags.has('Organization') || prev.tags.has('Demonym')) return false;
  return prev.tags.has('FirstName') || prev.tags.has('ProperNoun') || prev.tags.has('Person') || (prev.tags.has('Noun') && i - 1 > 0 && !prev.tags.has('Acronym'));
}

function sourceOf(e: GazEntry): Mention['source'] {
  if (e.via === 'demonym') return 'demonym';
  if (e.via === 'capital') return 'capital';
  if (e.via === 'seat') return 'seat';
  return 'gazetteer';
}

/** All gazetteer mentions of one sentence, left to right, non-overlapping (longest first). */
export function matchGazetteer(sentence: Sentence, gaz: Gazetteer, lex: Lexicon): Mention[] {
  const { tokens } = sentence;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    // names start with a capital, a number ("38 North"), or a particle before a capital ("al Qaeda")
    const particle = lex.entities.nameParticles.has(t.key) && !t.cap && tokens[i + 1]?.cap === true;
    if (!t.cap && !particle && !(/^\d/.test(t.text) && tokens[i + 1]?.cap)) {
      i++;
      continue;
    }
    const m = trieLongest(gaz.trie, i, tokens.length, (k) => tokens[k]!.key, (v, len) => !v.caseSensitive || upperOk(tokens, i, len));
    if (!m) {
      i++;
      continue;
    }
    const entry = pick(m.values, tokens, i, m.length, lex);
    // "Mohammed Ali al-Houthi": a listed name after a particle that follows a capitalised name is that person's surname
    const inName = lex.entities.nameParticles.has(tokens[i - 1]?.key ?? '') && !tokens[i - 1]!.cap && tokens[i - 1]!.post === '-' && tokens[i - 2]?.cap === true && !/[,;:.]/.test(tokens[i - 2]!.post);
    if (inName || firstNameOfPerson(tokens, i, m.length, entry) || surnameOfAnother(tokens, i, m.length, entry, lex)) {
      i++;
      continue;
    }
    const last = tokens[i + m.length - 1]!;
    // "the Saudi capital": the state's capital city, a place
    const capital = entry.label === 'Country' && entry.via === 'demonym' && !last.possessive && tokens[i - 1]?.key === 'the' && tokens[i + m.length]?.key === 'capital' ? gaz.capitalOf.get(entry.name) : undefined;
    if (capital) {
      const cap = tokens[i + m.length]!;
      out.push({ label: 'Place', name: capital, surface: sentenceSlice(sentence, i, i + m.length), sentence: sentence.index, first: i, last: i + m.length, start: t.start, end: cap.end, source: 'gazetteer', kind: 'city', country: entry.name, possessive: cap.possessive });
      i += m.length + 1;
      continue;
    }
    const surface = sentenceSlice(sentence, i, i + m.length - 1);
    out.push({
      label: entry.label as NamedLabel,
      name: entry.label === 'Place' && entry.via === 'name' && !m.values.includes(entry) ? surface : entry.name,
      surface,
      sentence: sentence.index,
      first: i,
      last: i + m.length - 1,
      start: t.start,
      end: last.end,
      source: sourceOf(entry),
      kind: entry.kind,
      country: entry.country,
      possessive: last.possessive,
    });
    i += m.length;
  }
  return out;
}

/** The surface text of tokens first..last (inclusive), possessive of the last token dropped. */
export function sentenceSlice(sentence: Sentence, first: number, last: number): string {
  let s = '';
  for (let i = first; i <= last; i++) {
    const t = sentence.tokens[i]!;
    s += t.text;
    if (i < last) s += t.post.includes('-') ? '-' : ' ';
  }
  return s.replace(/['’]s$/, '').replace(/[.,;:]+$/, (m) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(s) ? m : ''));
}
