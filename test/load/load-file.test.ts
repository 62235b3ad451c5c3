import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { ArticleSchema } from '../../src/graph/types.js';
import { loadFile, loadInputs, maskSkipped } from '../../src/load/index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
const write = (name: string, content: string | Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const FIXTURES = join('test', 'fixtures', 'load');

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('loadFile: bad input', () => {
  test.each([
    ['binary.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary\.txt: binary content/],
    ['latin1.txt', Uint8Array.from(Buffer.from('Caf\u00e9 in K\u00f6ln', 'latin1')), /latin1\.txt: not valid UTF-8/],
    ['allbad.jsonl', '{"text": 42}\n{text: nope}\n', /allbad\.jsonl:1: text: /],
    ['notext.jsonl', '{"title":"No Text Here"}\n', /notext\.jsonl:1: text: required/],
    ['emptytext.jsonl', '{"text":"   "}\n', /emptytext\.jsonl:1: text: must not be empty/],
    ['baddate.jsonl', '{"text":"A story.","date":"someday"}\n', /baddate\.jsonl:1: date: not a date/],
  ])('%s is rejected with one line naming the file', (name, content, message) => {
    const file = write(name, content);
    expect(problemOf(() => loadFile(file))).toMatch(message);
  });

  test('a JSONL file keeps its good lines and names every bad line as file:line', () => {
    const file = write('mixed.jsonl', '{"text":"Peru and Bolivia signed a pact."}\n{"text": 42}\n\n{text: nope}\n{"text":"Chile joined them."}\n');
    const loaded = loadFile(file);
    expect(loaded.articles.map((a) => a.text)).toEqual(['Peru and Bolivia signed a pact.', 'Chile joined them.']);
    expect(loaded.problems).toHaveLength(2);
    expect(loaded.problems![0]).toMatch(/mixed\.jsonl:2: text: /);
    expect(loaded.problems![1]).toMatch(/mixed\.jsonl:4: invalid JSON/);
  });

  test('any failure of one file is that file\'s error; the other files are read', () => {
    // 20,000 nested <div>s overflow the HTML parser's stack
    const nested = write('nested.html', `<html><body>${'<div>'.repeat(20000)}deep text${'</div>'.repeat(20000)}</body></html>`);
    const good = write('good.txt', 'Peru and Bolivia signed a pact on Monday.');
    const bad = write('bad.jsonl', '{"text":"A story."}\n{"text": 1}\n');
    const out = loadInputs([nested, good, bad]);
    expect(out.files.map((f) => f.file)).toEqual(expect.arrayContaining([good, bad]));
    expect(out.errors.find((e) => e.file === nested)?.reason).toMatch(/nested\.html: /);
    for (const e of out.errors) {
      expect(e.reason.startsWith(e.file)).toBe(true);
      expect(e.reason).not.toContain('\n');
    }
    expect(out.errors.filter((e) => e.line).map((e) => e.reason)).toEqual([expect.stringMatching(/bad\.jsonl:2: text: /)]);
  });

  test('a missing file names the file', () => {
    expect(problemOf(() => loadFile(join(dir, 'missing.txt')))).toMatch(/missing\.txt: no such file/);
  });

  test('an empty file is skipped with a warning', () => {
    const file = write('empty.txt', '\n  \n');
    expect(loadFile(file)).toMatchObject({ articles: [], warnings: [`${file}: empty file, skipped`] });
  });

  test('loadInputs collects per-file errors and warnings, and fails on a missing path', () => {
    const good = write('good.txt', 'Storm Hits Coast\nA storm hit the coast of Portugal on Friday.\n');
    const bad = write('bad2.txt', Uint8Array.from([0xff, 0xfe, 0x00, 0x41]));
    const empty = write('empty2.md', '');
    const out = loadInputs([good, bad, empty]);
    expect(out.files.map((f) => f.file)).toEqual([good]);
    expect(out.errors).toEqual([{ file: bad, reason: expect.stringMatching(/bad2\.txt: binary content/) }]);
    expect(out.warnings).toEqual([`${empty}: empty file, skipped`]);
    expect(problemOf(() => loadInputs([join(dir, 'nowhere')]))).toMatch(/nowhere: no such file or directory/);
    expect(problemOf(() => loadInputs([join(dir, '*.pdf')]))).toMatch(/pattern matches no file/);
  });
});

describe('loadFile: formats', () => {
  test.each(['multi-article.txt', 'dek-first.txt', 'dateline.md', 'page.html'])('%s: every article is the slice of the text as read', (name) => {
    const loaded = loadFile(join(FIXTURES, name));
    expect(loaded.articles.length).toBeGreaterThan(0);
    loaded.articles.forEach((a, i) => {
      expect(ArticleSchema.parse(a)).toEqual(a);
      expect(loaded.text!.slice(a.start, a.end)).toBe(a.text);
      expect(a.index).toBe(i);
      for (const [s, e] of a.skip ?? []) expect(s >= a.start && e <= a.end && s < e).toBe(true);
    });
  });

  test('html: text content only, page metadata on its single article', () => {
    const [article, ...rest] = loadFile(join(FIXTURES, 'page.html')).articles;
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      title: 'Floods Hit Western Kenya',
      date: '2024-05-02',
      source: 'Example News',
      url: 'https://news.example/kenya-floods',
      key: 'https://news.example/kenya-floods',
    });
    expect(article!.text).toContain('families & their livestock.');
    expect(article!.text).not.toMatch(/tracking|color|Home \| World|©/);
  });

  test('jsonl: one article per record with its fields; key is url, then id, then file#index', () => {
    const articles = loadFile(join(FIXTURES, 'articles.jsonl')).articles;
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      key: 'https://wire.example/a1', title: 'Volcano Erupts in Iceland', date: '2024-01-14', source: 'Example Wire', start: 0,
    });
    expect(articles[1]).toMatchObject({ key: 'articles.jsonl#1', index: 1, text: 'Peru and Bolivia agreed on Thursday to build a railway link.' });
  });

  test('id is a content hash: same text, same id; different text, different id', () => {
    const a = loadFile(write('x1.txt', 'Rain in Oslo.\n')).articles[0]!;
    const b = loadFile(write('x2.txt', 'Rain in Oslo.\n')).articles[0]!;
    const c = loadFile(write('x3.txt', 'Snow in Oslo.\n')).articles[0]!;
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.key).toBe('x1.txt#0');
  });

  test('maskSkipped blanks skipped ranges and keeps offsets', () => {
    const article = loadFile(join(FIXTURES, 'multi-article.txt')).articles[0]!;
    const masked = maskSkipped(article);
    expect(masked).toHaveLength(article.text.length);
    expect(masked).not.toContain('Share this');
    expect(masked.indexOf('The crossing')).toBe(article.text.indexOf('The crossing'));
  });
});
