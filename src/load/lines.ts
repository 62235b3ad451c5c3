// Splits a text into lines with their offsets and classifies each by layout alone: blank, heading
// (short, title-cased, no final period), paragraph, boilerplate (share/subscribe/copyright/...),
// separator (no letters or digits), byline or dateline. General heuristics, no site-specific rules.

export type LineKind = 'blank' | 'heading' | 'paragraph' | 'boilerplate' | 'separator' | 'byline' | 'dateline';

export interface Line {
  start: number; // offset of the first non-space character
  end: number; // offset after the last non-space character
  text: string; // the trimmed line
  kind: LineKind;
  level?: number; // markdown heading level (#, ##, ...)
}

const BOILERPLATE = [
  /^(share|share (this|on)\b.*|tweet|email|print)$/i,
  /^(read more|read next|continue reading|see also|more from\b.*|you (may|might) also like.*|recommended( for you)?|trending( now)?)\W*$/i,
  /^(advertisement|advertising|sponsored( content)?|promoted|ad)$/i,
  /^(subscribe|sign up|log ?in|register|newsletter)\b.{0,60}$/i,
  /^(related|related (sources|articles|stories|posts|content|coverage|news|topics)|most (commented|read|popular|viewed|shared)|top stories|latest news|editor'?s picks?)\W*$/i,
  /^(follow us\b.*|click here\b.*|comments?( \(\d+\))?|leave a (comment|reply)|skip to (main )?content|back to top)$/i,
  /(^©|\(c\) \d{4}|^copyright\b|all rights reserved)/i,
  /^.{0,40}\d+\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$/i,
  /^\(?(photo|image|picture|video|illustration|file photo|credit|image source|image caption)s?\b\s*[:,(/—–-]/i,
  /^(\d+\s*min(ute)?s?\s+read|listen to this article|listen|watch)$/i,
];

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const DATE_PATTERNS = [
  new RegExp(`\\b(${MONTHS})\\.? (\\d{1,2}),? (\\d{4})\\b`, 'i'), // October 23, 2024
  new RegExp(`\\b(\\d{1,2}) (${MONTHS})\\.?,? (\\d{4})\\b`, 'i'), // 23 October 2024
  /\b(\d{4})-(\d{2})-(\d{2})\b/, // 2024-10-23
];
const DATELINE = new RegExp(`^((published|updated|posted|date)\\s*:?\\s*)?((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(${DATE_PATTERNS.map((p) => p.source).join('|')})([ ,]+\\d{1,2}[:.]\\d{2}.*)?$`, 'i');
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|de|van|von|al|,))*(\s*[|,–—-]\s*.{0,40})?$/u;

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over per the to up via vs with amid after before about against says said'.split(' '),
);
const SENTENCE_END = /[.,;:…]$/;
const CLOSING = /["'”’»)\]]+$/;

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Short, capitalised, without the final punctuation of a sentence: a headline, section label or subheading. */
export function isHeadingText(text: string): boolean {
  if (text.length > 160) return false;
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 24) return false;
  const bare = text.replace(CLOSING, '');
  if (SENTENCE_END.test(bare)) return false;
  if (/[?!]$/.test(bare) && words.length > 12) return false;
  // Starts with a capital, a digit or a quote; or a name whose particle is lower case ("al-Burhan", "de Gaulle").
  if (!/^[\p{Lu}\p{N}"'“‘«]/u.test(text) && !/^\p{Ll}{1,3}[-' ]\p{Lu}/u.test(text)) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase().replace(/\W/g, '')));
  if (content.length === 0) return false;
  const capitalised = content.filter((w) => /^["'“‘«(]?[\p{Lu}\p{N}$]/u.test(w)).length;
  return capitalised / content.length >= 0.6;
}

export function classifyLine(text: string, markdown: boolean): { kind: LineKind; level?: number } {
  if (text === '') return { kind: 'blank' };
  if (markdown) {
    const m = /^(#{1,6})\s+\S/.exec(text);
    if (m) return { kind: 'heading', level: m[1]!.length };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'separator' };
  if (text.length <= 100 && BOILERPLATE.some((re) => re.test(text))) return { kind: 'boilerplate' };
  if (text.length <= 80 && DATELINE.test(text)) return { kind: 'dateline' };
  if (text.length <= 80 && BYLINE.test(text)) return { kind: 'byline' };
  if (isHeadingText(markdown ? text.replace(/^[*_]+|[*_]+$/g, '') : text)) return { kind: 'heading' };
  return { kind: 'paragraph' };
}

export function splitLines(text: string, markdown = false): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const to = m ? m.index : text.length;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed, ...classifyLine(trimmed, markdown) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}
