// Splits the text of one file into articles by layout: a run of two or more heading lines (section
// label + headline, headline + subheadline), or a heading followed by a byline/dateline, starts an
// article; a single heading between paragraphs is a subheading. Lines after the last paragraph
// (footer, navigation, "related" lists) are dropped; paragraphs repeated verbatim, boilerplate,
// separators, bylines and datelines inside an article become `skip` ranges. All offsets point into
// `text`, and every article is exactly text.slice(start, end).
import { findDate } from './dates.js';
import { splitLines, wordsOf, type Line } from './lines.js';

export type Range = [start: number, end: number];

export interface ArticleSpan {
  start: number;
  end: number;
  title?: string;
  date?: string;
  source?: string;
  skip: Range[]; // parts of text.slice(start, end) that are not article text
}

export interface SplitOptions {
  markdown?: boolean;
  /** The text is one article (a JSONL record): clean it, never split it. */
  single?: boolean;
}

interface Draft {
  first: number; // index of its first line
  title?: string;
  date?: string;
  source?: string;
  paragraphs: number;
}

const AGENCY_DATELINE = /^\p{Lu}[\p{L} .,'’-]{1,60}?\(([\p{Lu}][\p{L} .&]{1,30})\)\s*[—–-]/u;

const cleanTitle = (line: Line): string => line.text.replace(/^#+\s*/, '').replace(/^[*_]+|[*_]+$/g, '').trim();
const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Marks paragraphs repeated verbatim earlier in the text, and a heading repeated on the next line. */
function repeatedLines(lines: Line[]): Set<number> {
  const dropped = new Set<number>();
  const seen = new Set<string>();
  let previous: Line | undefined;
  lines.forEach((line, i) => {
    if (line.kind === 'blank') return;
    const key = normalise(line.text);
    if (line.kind === 'paragraph') {
      if (seen.has(key)) dropped.add(i);
      seen.add(key);
    } else if (line.kind === 'heading' && previous?.kind === 'heading' && normalise(previous.text) === key) {
      dropped.add(i);
    }
    if (!dropped.has(i)) previous = line;
  });
  return dropped;
}

/** Title of a heading run: a short section label ("World", "Russia-Ukraine War") before a longer headline is not the title. */
function titleLine(headings: Line[]): Line | undefined {
  const [first, second] = headings;
  if (first && second && wordsOf(first.text).length <= 3 && wordsOf(second.text).length > wordsOf(first.text).length) return second;
  return first;
}

/**
 * Index of the first line of the footer: the trailing run of short lines (headlines of other stories,
 * timestamps, "Related" lists). Dropped when it holds no sentence-like paragraph, when it is a list
 * (3+ lines), or when it opens with a boilerplate marker ("Related Sources:", "Most Commented").
 */
function footerStart(lines: Line[]): number {
  const short = (l: Line): boolean => l.kind !== 'paragraph' || (l.text.length <= 100 && !/[.!]["'”’)]*$/.test(l.text));
  let i = lines.length;
  while (i > 0 && (lines[i - 1]!.kind === 'blank' || short(lines[i - 1]!))) i--;
  const region = lines.slice(i).filter((l) => l.kind !== 'blank');
  if (region.length === 0) return lines.length;
  const isFooter = region.every((l) => l.kind !== 'paragraph') || region.length >= 3 || region[0]!.kind === 'boilerplate';
  return isFooter ? i : lines.length;
}

export function splitArticles(text: string, options: SplitOptions = {}): ArticleSpan[] {
  const lines = splitLines(text, options.markdown ?? false);
  let dropped = repeatedLines(lines);
  for (let i = footerStart(lines); i < lines.length; i++) dropped.add(i);
  const isPara = (i: number): boolean => lines[i]!.kind === 'paragraph' && !dropped.has(i);
  let last = -1;
  lines.forEach((_, i) => { if (isPara(i)) last = i; });
  if (last < 0) {
    // Nothing reads like a paragraph: keep all content rather than lose it.
    dropped = repeatedLines(lines);
    lines.forEach((l, i) => { if (l.kind !== 'blank' && !dropped.has(i)) last = i; });
    if (last < 0) return [];
  }

  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank' || dropped.has(i)) continue;
    if (line.kind === 'paragraph') {
      if (!current) drafts.push((current = { first: i, paragraphs: 0 }));
      if (current.paragraphs === 0 && !current.source) current.source = AGENCY_DATELINE.exec(line.text)?.[1]?.trim();
      current.paragraphs++;
      continue;
    }
    if (line.kind !== 'heading') {
      if (current && line.kind === 'dateline') current.date ??= findDate(line.text);
      continue;
    }
    // A run of non-paragraph lines starting with a heading.
    let j = i;
    while (j <= last && !isPara(j)) j++;
    const run = lines.slice(i, j).filter((_, k) => !dropped.has(i + k));
    const headings = run.filter((l) => l.kind === 'heading');
    const meta = run.filter((l) => l.kind === 'byline' || l.kind === 'dateline');
    const title = titleLine(headings);
    const date = meta.map((l) => findDate(l.text)).find(Boolean);
    const isDek = current !== undefined && drafts.length === 1 && current.paragraphs === 1 && current.title === undefined;
    const startsArticle = !options.single && (current === undefined || headings.length >= 2 || meta.length > 0 || headings[0]?.level === 1);
    if (options.single && !current) {
      drafts.push((current = { first: i, paragraphs: 0, title: title && cleanTitle(title), date }));
    } else if (isDek && current) {
      // One paragraph before the first headline: a summary (dek) of the article that follows.
      current.title = title && cleanTitle(title);
      current.date ??= date;
    } else if (startsArticle && title) {
      drafts.push((current = { first: lines.indexOf(title), paragraphs: 0, title: cleanTitle(title), date }));
    } else if (current) {
      current.date ??= date;
    }
    i = j - 1;
  }

  return drafts.map((draft, n) => {
    const next = drafts[n + 1]?.first ?? last + 1;
    // The article ends with its last paragraph (or, in a text without paragraphs, its last content line).
    let end = -1;
    for (let i = draft.first; i < next; i++) if (isPara(i)) end = i;
    if (end < 0) for (let i = draft.first; i < next; i++) if (lines[i]!.kind !== 'blank' && !dropped.has(i)) end = i;
    const start = lines[draft.first]!.start;
    const stop = lines[end]!.end;
    const skip: Range[] = [];
    for (let i = draft.first; i <= end; i++) {
      const line = lines[i]!;
      if (line.kind === 'blank') continue;
      if (dropped.has(i) || line.kind === 'boilerplate' || line.kind === 'separator' || line.kind === 'byline' || line.kind === 'dateline') {
        skip.push([line.start, line.end]);
      }
    }
    const span: ArticleSpan = { start, end: stop, skip };
    if (draft.title) span.title = draft.title;
    if (draft.date) span.date = draft.date;
    if (draft.source) span.source = draft.source;
    return span;
  });
}
