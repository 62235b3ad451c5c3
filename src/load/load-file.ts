// Reads one input file into articles. What the offsets of an Article point into ("the file as read"):
//   .txt, .md  the file's text decoded as UTF-8 (without a byte-order mark);
//   .html      the page's text content as htmlToPage() produces it (one line per block element);
//   .jsonl     the `text` field of the article's own record (each record is one article).
// In every case article.text === source.slice(article.start, article.end), and article.skip lists
// ranges of that source inside [start, end) that are not article text.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import type { Article } from '../graph/types.js';
import { formatOf, type InputFormat } from './expand-inputs.js';
import { htmlToPage } from './html-text.js';
import { normaliseDate } from './dates.js';
import { parseJsonl } from './jsonl.js';
import { readUtf8 } from './read-text.js';
import { splitArticles, type ArticleSpan } from './split-articles.js';

export interface LoadedFile {
  file: string;
  format: InputFormat;
  /** The text article offsets point into (txt, md, html); for jsonl each record's `text` is its own source. */
  text?: string;
  articles: Article[];
  warnings: string[];
  /** problems of single records (a bad JSONL line) whose file is otherwise read: `file:line: problem` */
  problems?: string[];
}

export const contentId = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

interface Meta { title?: string; date?: string; source?: string; url?: string; key?: string }

function toArticle(file: string, index: number, source: string, span: ArticleSpan, meta: Meta): Article {
  const text = source.slice(span.start, span.end);
  const article: Article = {
    id: contentId(text),
    key: meta.url ?? meta.key ?? `${basename(file)}#${index}`,
    file,
    index,
    start: span.start,
    end: span.end,
    text,
  };
  const title = meta.title ?? span.title;
  const date = meta.date ?? span.date;
  const src = meta.source ?? span.source;
  if (title) article.title = title;
  if (date) article.date = date;
  if (src) article.source = src;
  if (meta.url) article.url = meta.url;
  if (span.skip.length) article.skip = span.skip;
  return article;
}

/** Reads and splits one file. Throws InputError for unreadable input; an empty file gives no articles and a warning. */
export function loadFile(file: string, content: string = readUtf8(file)): LoadedFile {
  const format = formatOf(file);
  if (!format) throw new InputError(file, 'unsupported file type');
  const warnings: string[] = [];
  if (content.trim() === '') {
    return { file, format, text: content, articles: [], warnings: [`${file}: empty file, skipped`] };
  }
  if (format === 'jsonl') {
    const { records, problems } = parseJsonl(file, content);
    const articles = records.flatMap((record, index) => {
      const [span] = splitArticles(record.text, { single: true });
      if (!span) return [];
      return [toArticle(file, index, record.text, span, { ...record, key: record.id })];
    });
    // every line bad: the file is unreadable as JSONL
    if (!records.length && problems.length) throw problems[0]!;
    return { file, format, articles, warnings, problems: problems.map((p) => p.message) };
  }
  let text = content;
  let meta: Meta = {};
  if (format === 'html') {
    const page = htmlToPage(content);
    text = page.text;
    if (page.source) meta.source = page.source;
    const date = page.date && normaliseDate(page.date);
    if (date) meta.date = date;
    if (text.trim() === '') return { file, format, text, articles: [], warnings: [`${file}: no text content, skipped`] };
    const spans = splitArticles(text);
    // Page-level url (and title, when the text has no headline) describe the page's article when there is only one.
    if (spans.length === 1) {
      if (page.url) meta.url = page.url;
      if (!spans[0]!.title && page.title) meta.title = page.title;
    }
    return { file, format, text, articles: spans.map((s, i) => toArticle(file, i, text, s, meta)), warnings };
  }
  const spans = splitArticles(text, { markdown: format === 'md' });
  if (spans.length === 0) warnings.push(`${file}: no article text found`);
  return { file, format, text, articles: spans.map((s, i) => toArticle(file, i, text, s, meta)), warnings };
}
