import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitArticles } from '../../src/load/split-articles.js';

const fixture = (name: string): string => readFileSync(join('test', 'fixtures', 'load', name), 'utf8');
const slice = (text: string, [s, e]: [number, number]): string => text.slice(s, e);

describe('splitArticles', () => {
  test('section label + headline (+ subheadline) start articles; footer and label dropped', () => {
    const text = fixture('multi-article.txt');
    const spans = splitArticles(text);
    expect(spans.map((s) => s.title)).toEqual([
      'Finland Opens New Border Crossing With Norway',
      'Chile and Argentina Sign Water Agreement',
    ]);
    const [first, second] = spans.map((s) => text.slice(s.start, s.end));
    expect(first).toMatch(/^Finland Opens/);
    expect(first).toContain('Regional Reaction\nLocal mayors'); // a single heading is a subheading
    expect(first).toMatch(/reindeer migration routes\.$/);
    expect(second).toMatch(/Organization of American States\.$/); // repeated paragraph and footer left out
    expect(second).not.toContain('Museum');
    expect(spans.flatMap((s) => s.skip.map((r) => slice(text, r)))).toEqual(['Share this', 'Advertisement']);
  });

  test('a one-paragraph summary before the headline belongs to the article; repeats are skipped', () => {
    const text = fixture('dek-first.txt');
    const [span, ...rest] = splitArticles(text);
    expect(rest).toHaveLength(0);
    expect(span!.title).toBe('Harbour Workers Strike in Rotterdam');
    expect(span!.start).toBe(0);
    expect(span!.skip.map((r) => slice(text, r))).toEqual(['Harbour Workers Strike in Rotterdam']);
    expect(text.slice(span!.start, span!.end)).toMatch(/largest port in Europe\.$/);
  });

  test('markdown: title, byline and dateline, agency dateline gives the source', () => {
    const text = fixture('dateline.md');
    const [span, ...rest] = splitArticles(text, { markdown: true });
    expect(rest).toHaveLength(0);
    expect(span).toMatchObject({ title: 'Canada Announces Arctic Patrol Ships', date: '2024-03-04', source: 'Reuters' });
    expect(span!.skip.map((r) => slice(text, r))).toEqual(['By Jane Doe', 'March 4, 2024']);
    expect(text.slice(span!.start, span!.end)).toMatch(/## Costs\n\nThe ships .* ten years\.$/);
  });

  test.each([
    ['text without headings', 'One sentence here. Another one.\nA second paragraph follows.', 1],
    ['only short lines', 'Peace Talks\nResume Today', 1],
    ['blank', '  \n\n ', 0],
  ])('%s → %i article(s)', (_, text, count) => {
    const spans = splitArticles(text);
    expect(spans).toHaveLength(count);
    for (const s of spans) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  test('single mode never splits', () => {
    const text = 'Budget Talks\nLawmakers met on Monday.\nWorld\nTax Plan Delayed\nThe vote moved to June.';
    expect(splitArticles(text)).toHaveLength(2);
    expect(splitArticles(text, { single: true })).toHaveLength(1);
  });
});
