// Proper names the gazetteers do not know: capitalised chunks typed by their head word
// (Ministry → Organization, region → Place), compromise's person tags, or acronyms.
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence, Token } from '../text/parse.js';
import { isAcronym } from '../text/normalize.js';
import { trieLongest } from '../gazetteer/trie.js';
import { sentenceSlice } from './gazetteer-match.js';
import type { Mention, NamedLabel } from './mention.js';

const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and']);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/;

const isTitleWord = (t: Token, lex: Lexicon) =>
  lex.titles.leads.words.has(t.key) || lex.titles.member.words.has(t.key) || lex.titles.honorifics.has(t.key);

/**
 * The lower-case second part of a hyphenated given name: "Kim Jong-un", "Lee Seong-kweun", "Chang Ho-jin";
 * not an English word ("Moscow-backed", "Wagner-linked", "state-run").
 */
export function givenNamePart(prev: Token | undefined, t: Token): boolean {
  if (!prev || prev.post !== '-' || !prev.cap || !/^\p{Ll}{1,6}$/u.test(t.text)) return false;
  if (t.key.length > 3 && (/(ed|ing|ly|er|est)$/.test(t.key) || ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner'].some((x) => t.tags.has(x)))) return false;
  return !/^(based|backed|led|run|made|style|born|owned|held|era|type|class|linked|like|wide|free|only)$/.test(t.key);
}

const personTagged = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');

/** Does the sentence look like a Title Case headline? */
export function isHeadline(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /\p{L}{3,}/u.test(t.text));
  const caps = words.filter((t) => t.cap).length;
  if (words.length < 4) return words.length >= 2 && caps === words.length && !/[.!]\s*$/.test(sentence.text);
  // "Estonian Defence Minister Hanno Pevkur arrived in Tallinn.": a sentence with a lower-case word and a full stop
  // is prose, however many names it holds; Title Case headlines rarely end with one
  if (/[.!]["”’)]*\s*$/.test(sentence.text) && words.some((t) => !t.cap)) return false;
  return caps / words.length > 0.6;
}

function breaksAfter(t: Token): boolean {
  if (/^\p{Lu}$/u.test(t.text) && /^\.\s$/.test(t.post)) return false; // "George W. Bush"
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
      if (/[(\[]/.test(n.pre)) break; // "… Petrochemicals (MRPL)": a parenthesis ends the name
      // "Kim Jong-un": a lower-case hyphenated part of a name
      if (!n.cap && givenNamePart(tokens[last], n) && !covered[last + 1]) {
        last++;
        continue;
      }
      if (n.cap && !covered[last + 1]) {
        last++;
        hasOrgHead ||= lex.entities.orgHeads.has(n.key);
        continue;
      }
      // lower-case connectors inside organization names and particles inside person names
      const after = tokens[last + 2];
      const after2 = tokens[last + 3];
      if (lex.entities.nameParticles.has(n.key) && after?.cap && !covered[last + 2]) {
        last += 2;
        continue;
      }
      // "Industrial and Commercial Bank": "and" between capitalised words when an organization head follows soon
      if (n.key === 'and' && after?.cap && !covered[last + 2] && !hasOrgHead && [after, after2, tokens[last + 4]].some((x) => x?.cap && lex.entities.orgHeads.has(x.key))) {
        last += 2;
        hasOrgHead ||= lex.entities.orgHeads.has(after.key);
        continue;
      }
      // "Mangalore Refinery and Petrochemicals (MRPL)": a name with "and" that an acronym in parentheses defines
      if (hasOrgHead && n.key === 'and' && after?.cap && !covered[last + 2] && /\(/.test(after.post + (tokens[last + 3]?.pre ?? ''))) {
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

const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Modal', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Auxiliary'];

/** Could this capitalised token be part of a person's name? */
function nameLike(t: Token, lex: Lexicon): boolean {
  if (!t.cap || lex.entities.notNames.has(t.key) || lex.entities.orgHeads.has(t.key)) return false;
  if (isTitleWord(t, lex) || lex.titles.modifiers.words.has(t.key)) return false;
  if (FUNCTION_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('FirstName') && !t.tags.has('LastName')) return false;
  if (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !personTagged(t)) return false;
  return true;
}

function titled(sentence: Sentence, first: number, lex: Lexicon): boolean {
  const prev = sentence.tokens[first - 1];
  return Boolean(prev && (isTitleWord(prev, lex) || lex.titles.modifiers.words.has(prev.key)));
}

/** Context that says "this is a person": a title before, an apposition or a speech verb after. */
function personContext(sentence: Sentence, first: number, last: number, lex: Lexicon): boolean {
  const { tokens } = sentence;
  const prev = tokens[first - 1];
  if (prev && (isTitleWord(prev, lex) || lex.titles.modifiers.words.has(prev.key))) return true;
  if (prev?.key === 'to' && tokens[first - 2]?.key === 'according') return true;
  // "Nobel Peace Prize laureate Ales X", "Kalesnikava's sister, Taciana Y"
  if (prev && lex.entities.personNouns.has(prev.key)) return true;
  // "Mukesh Ambani-led RIL", "the Ambani-owned company": the name before "-led" leads something
  if (tokens[last]!.post.includes('-') && /^(led|owned|founded|run|backed|controlled)$/.test(tokens[last + 1]?.key ?? '')) return true;
  const next = tokens[last + 1];
  if (!next) return false;
  if (/,/.test(tokens[last]!.post)) {
    for (let i = last + 1; i < Math.min(tokens.length, last + 6); i++) {
      if (isTitleWord(tokens[i]!, lex)) return true;
      if (/[,;.]/.test(tokens[i]!.post)) break;
    }
    if (/^(who|whose)$/.test(next.key)) return true;
  }
  return lex.claims.attributionVerbs.has(next.lower) && next.tags.has('Verb');
}

function typeChunk(sentence: Sentence, c: Chunk, lex: Lexicon, headline: boolean): { label: NamedLabel; first: number; last: number } | undefined {
  const { tokens } = sentence;
  let first = c.first;
  let last = c.last;
  const span0 = tokens.slice(first, last + 1);
  const keys0 = span0.map((t) => t.key);
  // organizations and places are typed by their head words, titles included ("Secretary of State" is not a place);
  // a listed title phrase goes first, whatever its words ("Chief Cabinet Secretary Taro Sato")
  for (;;) {
    const key = (k: number) => (k <= last ? tokens[k]!.key : '\u0000');
    const phrase = Math.max(
      trieLongest(lex.titles.leads.trie, first, last + 1, key)?.length ?? 0,
      trieLongest(lex.titles.member.trie, first, last + 1, key)?.length ?? 0,
    );
    if (phrase < 2) break;
    // the whole chunk is a title ("Chief Cabinet Secretary" before a known name): no entity
    if (first + phrase > last) return undefined;
    first += phrase;
  }
  while (first <= last && (isTitleWord(tokens[first]!, lex) || lex.titles.modifiers.words.has(tokens[first]!.key) || FUNCTION_TAGS.some((x) => tokens[first]!.tags.has(x))) && !personTagged(tokens[first]!) && !lex.entities.orgHeads.has(tokens[first]!.key)) first++;
  if (first > last) return undefined;
  // "Foreign Ministry spokeswoman": a bare head word left after the title words names no one
  if (first === last && first > c.first && lex.entities.orgHeads.has(tokens[first]!.key) && !tokens[first]!.tags.has('Acronym')) return undefined;
  const span = tokens.slice(first, last + 1);
  const keys = span.map((t) => t.key);
  const lastTok = span[span.length - 1]!;
  const next = tokens[last + 1];
  if (span.every((t) => lex.entities.notNames.has(t.key))) return undefined;
  // "Embassy", "TV", "Airport" alone: a generic head noun names no one
  if (span.length === 1 && lex.entities.genericNouns.has(span[0]!.key)) return undefined;
  if (span.some((t) => t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay'))) return undefined;
  if (keys.some((k) => lex.entities.orgHeads.has(k)) && span.length > 1 && !headline) return { label: 'Organization', first, last };
  const placeHead = trieLongest(lex.entities.placeHeads.trie, span.length - 1, span.length, (k) => keys[k]!);
  if (placeHead && span.length > 1 && !headline) return { label: 'Place', first, last };
  if (next && !next.cap && lex.entities.placeWords.has(next.key) && !lastTok.possessive && !personTagged(lastTok)) return { label: 'Place', first, last };
  if (span.length === 1 && isAcronym(lastTok.text) && !ROMAN.test(lastTok.text) && lastTok.text.length <= 7 && !lex.items.words.has(lastTok.key)) {
    if (weaponDesignation(tokens, last, lex)) return undefined;
    return headline ? undefined : { label: 'Organization', first, last };
  }
  void keys0;
  // people: the name-like tail of the chunk ("As Christopher Chivvis" → Christopher Chivvis)
  const hyphenPart = (i: number) => givenNamePart(tokens[i - 1], tokens[i]!);
  const part = (i: number) => nameLike(tokens[i]!, lex) || hyphenPart(i);
  let pf = last;
  while (pf - 1 >= first && (part(pf - 1) || lex.entities.nameParticles.has(tokens[pf - 1]!.key))) pf--;
  if (part(last)) {
    // a long run keeps its last two or three words, from a first name when there is one
    if (last - pf >= 3) {
      const fn = tokens.slice(pf, last + 1).findIndex((t) => t.tags.has('FirstName'));
      pf = fn >= 0 && last - (pf + fn) <= 3 ? pf + fn : last - 1 - (tokens[last - 1]!.post.includes('-') ? 1 : 0);
    }
    const name = tokens.slice(pf, last + 1);
    const tagged = name.filter(personTagged).length;
    const context = personContext(sentence, pf, last, lex);
    const atStart = pf === 0 || /[“"‘]/.test(tokens[pf]!.pre);
    const words = name.filter((t) => !t.pre.includes('-') && !tokens[t.i - 1]?.post.includes('-')).length;
    if (headline) {
      if (name.length >= 2 && name.every((t) => t.tags.has('FirstName') || t.tags.has('LastName'))) return { label: 'Person', first: pf, last };
    } else if (name.length >= 2 && words <= 4 && (tagged || context)) {
      const placeish = name.some((t) => t.tags.has('Place') && !personTagged(t));
      if (!placeish || titled(sentence, pf, lex)) return { label: 'Person', first: pf, last };
    } else if (name.length === 1 && (context || (tagged && !atStart && name[0]!.tags.has('LastName')))) {
      return { label: 'Person', first: pf, last };
    }
  }
  if (headline) return undefined;
  // "Patriot systems", "Taurus missiles": a weapon system named like an organization is materiel, not an entity
  if (span.length === 1 && (lex.items.words.has(lastTok.key) || weaponDesignation(tokens, last, lex))) return undefined;
  if (span.length === 1 && lastTok.tags.has('Organization') && !lastTok.tags.has('Person')) return { label: 'Organization', first, last };
  const atStart = first === 0 || /[“"‘]/.test(tokens[first]!.pre);
  if (span.every((t) => t.tags.has('Place')) && !atStart && span.length <= 3) return { label: 'Place', first, last };
  return undefined;
}

/** "KN-23", "KAB guided bombs", "ATACMS missiles": an acronym naming a weapon model, not an organization. */
function weaponDesignation(tokens: Token[], last: number, lex: Lexicon): boolean {
  const t = tokens[last]!;
  if (t.post === '-' && /^\d/.test(tokens[last + 1]?.text ?? '')) return true;
  if (/[,;:.()]/.test(t.post)) return false;
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) {
    if (lex.items.tokens.has(tokens[k]!.key) && /^(bombs?|missiles?|drones?|rockets?|shells?|launchers?|systems?|munitions|warheads?|interceptors?)$/.test(tokens[k]!.key)) return true;
    if (tokens[k]!.cap || /[,;:.()]/.test(tokens[k]!.post)) break;
  }
  return false;
}

/**
 * "Minister of State for International Cooperation", "High Representative for Foreign Affairs": capitalised words
 * after a title and "for"/"of" name the post's portfolio, not an entity.
 */
function portfolio(sentence: Sentence, first: number, lex: Lexicon): boolean {
  const t = sentence.tokens;
  if (!/^(for|of)$/.test(t[first - 1]?.key ?? '')) return false;
  for (let k = first - 2; k >= Math.max(0, first - 5); k--) {
    if (isTitleWord(t[k]!, lex)) return true;
    if (!t[k]!.cap && !/^(for|of)$/.test(t[k]!.key)) return false;
  }
  return false;
}

/** Names in a sentence not covered by the gazetteer matches. */
export function matchNames(sentence: Sentence, covered: Uint8Array, lex: Lexicon): Mention[] {
  const headline = isHeadline(sentence);
  const out: Mention[] = [];
  for (const c of chunks(sentence, covered, lex)) {
    const typed = typeChunk(sentence, c, lex, headline);
    if (!typed) continue;
    // a portfolio ("… for Human Rights") is dropped; a name right after it is kept ("… for Human Rights Nada Al-Nashif")
    if (portfolio(sentence, c.first, lex) && (typed.label !== 'Person' || typed.first === c.first || typed.last === typed.first)) continue;
    const first = sentence.tokens[typed.first]!;
    const last = sentence.tokens[typed.last]!;
    const surface = sentenceSlice(sentence, typed.first, typed.last);
    out.push({
      label: typed.label,
      name: surface,
      surface,
      sentence: sentence.index,
      first: typed.first,
      last: typed.last,
      start: first.start,
      end: last.end,
      source: typed.label === 'Organization' && isAcronym(surface) ? 'acronym' : 'name',
      possessive: last.possessive,
    });
  }
  return out;
}
