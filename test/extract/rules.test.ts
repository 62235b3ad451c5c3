// Single rules on short sentences: titles, claims, figures, pronouns, places.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/extract/index.js';
import { article } from './helpers.js';

const graph = (text: string) => extractArticle(article(text));
const typed = (text: string, type: string) =>
  graph(text).relations.filter((r) => r.type === type).map((r) => `${r.source} ${r.target}${r.role ? ` (${r.role})` : ''}`);

describe('titles → LEADS / MEMBER_OF with role', () => {
  test.each<[string, string, string]>([
    ['NATO Secretary General Jens Halvorsen arrived.', 'LEADS', 'person:jens-halvorsen organization:nato (Secretary General)'],
    ['Deputy NATO spokesperson Ana Ferreira said little.', 'MEMBER_OF', 'person:ana-ferreira organization:nato (Deputy Spokesperson)'],
    ['Marta Kowalczyk, the mayor of Gdansk, welcomed them.', 'LEADS', 'person:marta-kowalczyk place:gdansk (Mayor)'],
    ['Austria’s ambassador to the U.N., Karl Wieser, spoke.', 'MEMBER_OF', 'person:karl-wieser country:austria (Ambassador)'],
    ['Tomas Novak, Poland’s commissioner for refugees, disagreed.', 'MEMBER_OF', 'person:tomas-novak country:poland (Commissioner)'],
  ])('%s', (text, type, expected) => expect(typed(text, type)).toContain(expected));
});

describe('claims', () => {
  test.each<[string, string | undefined]>([
    ['According to the Pentagon, Iran shipped drones to Russia.', 'organization:'],
    ['Iran shipped drones to Russia, Kyiv said.', 'country:ukraine'],
    ['Iran shipped drones to Russia.', undefined],
  ])('%s', (text, who) => {
    const ev = graph(text).relations.find((r) => r.type === 'SUPPLIES')!.evidence[0]!;
    if (who === undefined) expect(ev.attributedTo).toBeUndefined();
    else expect(ev.attributedTo).toContain(who);
  });
});

describe('figures', () => {
  test.each<[string, number, string]>([
    ['Japan approved a $1.5 billion aid package for Ukraine.', 1.5e9, 'USD'],
    ['Russia and Ukraine swapped 150 prisoners of war.', 150, 'prisoners'],
    ['North Korea sent 2,000 troops to Russia.', 2000, 'troops'],
  ])('%s', (text, value, unit) => {
    const figures = graph(text).entities.flatMap((e) => e.figures ?? []);
    expect(figures.map((f) => [f.value, f.unit])).toContainEqual([value, unit]);
  });
});

describe('figure kinds: only figures of one kind are compared', () => {
  test.each<[string, number, string]>([
    ['North Korea has sent 11,000 soldiers to Russia.', 11000, 'deployed'],
    ['About 4,000 North Korean soldiers have been killed or wounded, Kyiv said.', 4000, 'casualties'],
    ['Ukraine said it had captured 12 North Korean soldiers.', 12, 'captured'],
    ['Some 300 Russian soldiers were captured near Sudzha.', 300, 'captured'],
    ['North Korean troops are organised in brigades of about 6,000 soldiers each.', 6000, 'unit-size'],
    ['Among the North Korean troops are 500 officers, the agency said.', 500, 'other'],
    ['Japan approved a $1.5 billion aid package for Ukraine.', 1.5e9, 'money'],
  ])('%s', (text, value, kind) => {
    const figures = graph(text).entities.flatMap((e) => e.figures ?? []);
    expect(figures.find((f) => f.value === value)?.kind).toBe(kind);
  });
});

describe('figures without an event', () => {
  test('belong to the state they count, with their claimant', () => {
    const g = graph('Latvian estimates suggest that around 900 Belarusian soldiers were wounded.');
    const by = g.entities.find((e) => e.id === 'country:belarus')!;
    expect(by.figures?.map((f) => [f.value, f.unit, f.attributedTo])).toEqual([[900, 'troops', 'country:latvia']]);
  });
});

describe('robustness', () => {
  test('fragments of real paragraphs never throw', () => {
    const text = readFileSync(new URL('../fixtures/extract/news-a.txt', import.meta.url), 'utf8') + readFileSync(new URL('../fixtures/extract/news-b.txt', import.meta.url), 'utf8');
    const pieces = text.split(/(?<=[,.;:!?”])\s+/);
    for (const p of [...pieces, ...pieces.map((x) => x.replace(/[.,]$/, '')), '', '...', 'U.S.', 'the ambassador to the U.N.,', 'Governor Smith,']) {
      expect(() => graph(p)).not.toThrow();
    }
  });
});

describe('pronouns and places', () => {
  test('"he" is the person last named', () => {
    expect(typed('Polish President Andrzej Duda spoke on Monday. He condemned Russia.', 'OPPOSES')).toContain('person:andrzej-duda country:russia');
  });
  test.each<[string, string]>([
    ['Drones hit Ukraine’s Sumy region.', 'place:sumy country:ukraine'],
    ['Shelling hit Shebekino, Russia, on Friday.', 'place:shebekino country:russia'],
  ])('%s', (text, expected) => expect(typed(text, 'LOCATED_IN')).toContain(expected));
  test('a capital used for the state is the country; after a travel word it is the city', () => {
    const g = graph('Moscow denied it. Later the envoy flew to Moscow.');
    expect(g.entities.filter((e) => e.label !== 'Event').map((e) => e.id).sort()).toEqual(['country:russia', 'place:moscow']);
  });
});
