// Whole paragraphs written for these tests (not from the sample corpus): what a reader expects, and
// no junk. Guards the rules' generality.
import { readFileSync } from 'node:fs';
import { extractArticle, toEvalDocument } from '../../src/extract/index.js';
import { article } from './helpers.js';

const doc = (name: string) => {
  const text = readFileSync(new URL(`../fixtures/extract/${name}`, import.meta.url), 'utf8');
  return toEvalDocument(name, [extractArticle(article(text))]);
};
const entity = (d: ReturnType<typeof doc>) => new Set(d.entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`));
const relation = (d: ReturnType<typeof doc>) => new Set(d.relations.map((r) => `${r.source} ${r.type} ${r.target}`));

describe('news paragraphs', () => {
  const a = doc('news-a.txt');
  const b = doc('news-b.txt');

  test.each([
    'Country:Iran', 'Country:Russia', 'Country:Poland', 'Person:Andrii Sybiha', 'Place:Caspian Sea', 'Place:Odesa', 'Organization:NATO',
  ])('news-a names %s', (e) => expect(entity(a)).toContain(e));

  test.each([
    'Person:Dmitry Peskov', 'Place:Pokrovsk', 'Organization:Institute for the Study of War', 'Person:Antony Blinken', 'Person:Josep Borrell',
  ])('news-b names %s', (e) => expect(entity(b)).toContain(e));

  test.each([
    [() => a, 'Iran SUPPLIES Russia'],
    [() => a, 'Russia ATTACKS Odesa'],
    [() => b, 'Russia ATTACKS Pokrovsk'],
    [() => b, 'China SUPPLIES Russia'],
    [() => b, 'North Korea ALLY_OF Russia'],
    [() => b, 'United States SUPPORTS Ukraine'],
  ])('relation %#: %s', (d, r) => expect(relation(d())).toContain(r));

  test('no junk from headlines, dates, bylines or footers', () => {
    const names = [...entity(a), ...entity(b)].map((e) => e.split(':')[1]!);
    for (const junk of ['Read', 'Top', 'Wednesday', 'October', 'Braces', 'Stocks', 'Winter']) expect(names).not.toContain(junk);
  });

  test.each([
    [() => b, 'European Union ATTACKS Russia'], // "sanctions targeting Russian oil tankers"
    [() => b, 'Dmitry Peskov SUPPORTS Germany'], // "a plan backed by Germany"
  ])('no relation %#: %s', (d, r) => expect(relation(d())).not.toContain(r));
});
