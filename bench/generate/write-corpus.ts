// Writes a generated corpus twice over, the two ways news reaches the tool:
//   pages/page-NNNNN.txt  several articles per file, like a news site page: section label, headline,
//                         optional deck, one paragraph per line, subheads, and a footer of unrelated
//                         headlines (the shape of data/corpus/002_…)
//   jsonl/part-NNN.jsonl  one article a line: id, title, date, source, url, text (several files, so
//                         worker threads have files to share)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, generateArticle, wordCount, type GeneratedArticle } from './article.js';
import type { Lexicon } from './lexicon.js';
import { inventPeople } from './names.js';
import { createRng } from './prng.js';

export interface CorpusSummary {
  n: number;
  seed: number;
  dir: string;
  pages: number;
  jsonlFiles: number;
  words: number;
  bytes: number;
  gazetteerFiles: string[];
}

const INVENTED_PEOPLE = 3000;
const JSONL_PER_FILE = 250;

function page(articles: GeneratedArticle[], rng: ReturnType<typeof createRng>): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(a.section, a.title);
    if (a.deck) lines.push(a.deck);
    for (const b of a.blocks) lines.push(b.text);
  }
  for (let i = 0; i < 3; i++) {
    lines.push('-', `${rng.pick(['Top stories', 'Somalia', 'Gaza-Israel Conflict', 'Sudan'])}${rng.int(1, 11)} months ago`);
    lines.push(rng.pick(['Regional Bloc Debates New Trade Rules', 'Floods Displace Thousands in the South', 'Election Commission Announces Results', 'Port Workers End Strike']));
  }
  return `${lines.join('\n')}\n`;
}

export function writeCorpus(dir: string, n: number, seed: number, lex: Lexicon): CorpusSummary {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  mkdirSync(join(dir, 'jsonl'), { recursive: true });
  const pool = inventPeople(createRng(`${seed}:people`), lex, INVENTED_PEOPLE);
  const pageRng = createRng(`${seed}:pages`);
  let words = 0;
  let bytes = 0;
  let pages = 0;
  let jsonlFiles = 0;
  let pending: GeneratedArticle[] = [];
  let pageSize = pageRng.int(2, 6);
  let jsonl: string[] = [];
  const flushPage = () => {
    const text = page(pending, pageRng);
    writeFileSync(join(dir, 'pages', `page-${String(pages).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    pages++;
    pending = [];
    pageSize = pageRng.int(2, 6);
  };
  const flushJsonl = () => {
    writeFileSync(join(dir, 'jsonl', `part-${String(jsonlFiles).padStart(3, '0')}.jsonl`), `${jsonl.join('\n')}\n`);
    jsonlFiles++;
    jsonl = [];
  };
  for (let i = 0; i < n; i++) {
    const a = generateArticle(seed, i, lex, pool);
    const text = articleText(a);
    words += wordCount(text);
    jsonl.push(JSON.stringify({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, text }));
    pending.push(a);
    if (pending.length >= pageSize) flushPage();
    if (jsonl.length >= JSONL_PER_FILE) flushJsonl();
  }
  if (pending.length > 0) flushPage();
  if (jsonl.length > 0) flushJsonl();
  const summary: CorpusSummary = { n, seed, dir, pages, jsonlFiles, words, bytes, gazetteerFiles: lex.fromFiles };
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
