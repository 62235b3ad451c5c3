// One compromise parse per article: sentences and tokens with offsets and part-of-speech tags.
import nlp from 'compromise';
import { isCapitalized, tokenKey } from './normalize.js';

export interface Token {
  /** index in its sentence */
  i: number;
  text: string; // surface without surrounding punctuation ("Russia’s")
  key: string; // tokenKey(text): "russia"
  lower: string; // text lower-cased, possessive kept
  start: number; // offsets into the article text
  end: number;
  pre: string; // punctuation/space before, as compromise saw it
  post: string; // punctuation/space after
  tags: ReadonlySet<string>;
  cap: boolean; // starts with an upper-case letter
  possessive: boolean;
}

export interface Sentence {
  index: number;
  start: number; // offsets into the article text
  end: number;
  text: string;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  terms: CompromiseTerm[];
}

/** The longest stretch handed to compromise without a line break or sentence end (its parse is superlinear in it). */
export const MAX_RUN_CHARS = 2000;

/**
 * The text cut into pieces compromise parses one at a time: at line breaks, and inside a run of more than
 * MAX_RUN_CHARS with no sentence end (a scraped page, a PDF dump) at the last comma, semicolon or space before
 * the limit, so parse time grows linearly with the input. Pieces are [start, end) offsets into `text`.
 */
export function parsePieces(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    let from = start;
    while (lineEnd - from > MAX_RUN_CHARS) {
      const window = text.slice(from, from + MAX_RUN_CHARS);
      // a sentence end inside the window keeps compromise's own split: cut after the last one
      const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const soft = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      const cut = stop > MAX_RUN_CHARS / 2 ? stop + 2 : soft > MAX_RUN_CHARS / 2 ? soft + 2 : space > 0 ? space + 1 : MAX_RUN_CHARS;
      pieces.push([from, from + cut]);
      from += cut;
    }
    if (lineEnd > from) pieces.push([from, lineEnd]);
    start = lineEnd;
  }
  return pieces;
}

function compromiseSentences(text: string): CompromiseSentence[] {
  const out: CompromiseSentence[] = [];
  for (const [from, to] of parsePieces(text)) {
    const piece = text.slice(from, to);
    if (!piece.trim()) continue;
    const json = nlp(piece).json({ offset: true, text: false, normal: false }) as CompromiseSentence[];
    for (const s of json) {
      for (const t of s.terms) t.offset = { start: t.offset.start + from, length: t.offset.length };
      out.push(s);
    }
  }
  return out;
}

/** Splits an article's text into sentences and tokens (offsets relative to `text`). */
export function parseText(text: string): Sentence[] {
  const json = compromiseSentences(text);
  const sentences: Sentence[] = [];
  for (const s of json) {
    const tokens: Token[] = [];
    for (const t of s.terms) {
      if (!t.text) continue;
      const start = t.offset.start;
      const tags = new Set(t.tags);
      // compromise keeps "U.S.-led" as one term: split it so "U.S." can be matched
      const hy = /^((?:\p{Lu}\.){2,})-(\p{L}+)$/u.exec(t.text);
      if (hy) {
        const a = hy[1]!;
        const b = hy[2]!;
        const aStart = start;
        const bStart = start + a.length + 1;
        tokens.push({ i: tokens.length, text: a, key: tokenKey(a), lower: a.toLowerCase(), start: aStart, end: aStart + a.length, pre: t.pre, post: '-', tags: new Set(['Noun', 'ProperNoun', 'Acronym']), cap: true, possessive: false });
        tokens.push({ i: tokens.length, text: b, key: tokenKey(b), lower: b.toLowerCase(), start: bStart, end: bStart + b.length, pre: '', post: t.post, tags, cap: isCapitalized(b), possessive: /['’]s$/.test(b) });
        continue;
      }
      tokens.push({
        i: tokens.length,
        text: t.text,
        key: tokenKey(t.text),
        lower: t.text.toLowerCase(),
        start,
        end: start + t.offset.length,
        pre: t.pre,
        post: t.post,
        tags,
        cap: isCapitalized(t.text),
        possessive: /['’]s$/.test(t.text) || tags.has('Possessive'),
      });
    }
    if (!tokens.length) continue;
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    const start = first.start - first.pre.replace(/\s+/g, '').length;
    const trail = /^[^\s]*/.exec(last.post)?.[0] ?? '';
    const end = last.end + trail.length;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens });
  }
  return splitOnLineBreaks(text, joinInitials(sentences));
}

/** compromise ends a sentence after a middle initial ("George W. Bush") or an abbreviation ("U.S. president"): join it back. */
function joinInitials(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const last = prev?.tokens[prev.tokens.length - 1];
    // …and after an abbreviation when the next word is lower-case: "sworn in as U.S. president"
    const abbreviation = last && /^(?:\p{Lu}\.?){2,4}\.?$/u.test(last.text) && /^\p{Ll}/u.test(s.tokens[0]?.text ?? '');
    if (prev && last && ((/^\p{Lu}$/u.test(last.text) && s.tokens[0]?.cap) || abbreviation) && !last.post.includes('\n')) {
      prev.tokens.push(...s.tokens);
      prev.end = s.end;
      continue;
    }
    out.push({ ...s, tokens: [...s.tokens] });
  }
  return out;
}

/** compromise joins a headline to the next line when it lacks a full stop: split on newlines. */
function splitOnLineBreaks(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let cur: Token[] = [];
    const flush = () => {
      if (!cur.length) return;
      const first = cur[0]!;
      const last = cur[cur.length - 1]!;
      const start = first.start - first.pre.replace(/\s+/g, '').length;
      const trail = /^[^\s]*/.exec(last.post)?.[0] ?? '';
      const end = last.end + trail.length;
      const tokens = cur.map((t, i) => ({ ...t, i }));
      out.push({ index: out.length, start, end, text: text.slice(start, end), tokens });
      cur = [];
    };
    for (const t of s.tokens) {
      cur.push(t);
      if (t.post.includes('\n')) flush();
    }
    flush();
  }
  return out;
}
