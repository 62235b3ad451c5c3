// Entities: gazetteer names, demonyms, capitals and seats, people with titles stripped, no junk.
import { extractArticle } from '../../src/extract/index.js';
import { article } from './helpers.js';

const names = (text: string, label: string) =>
  extractArticle(article(text)).entities.filter((e) => e.label === label).map((e) => e.name).sort();

describe('entities', () => {
  test.each<[string, string, string[]]>([
    ['Polish officials said Warsaw would respond on Monday.', 'Country', ['Poland']],
    ['The Kremlin rejected the proposal.', 'Country', ['Russia']],
    ['Estonian soldiers trained with British instructors.', 'Country', ['Estonia', 'United Kingdom']],
    ['Finnish President Alexander Stubb spoke to reporters.', 'Person', ['Alexander Stubb']],
    ['Defense Minister Rustam Karimov, who arrived late, declined to comment.', 'Person', ['Rustam Karimov']],
    ['Nadia Petrenko, a senior fellow at the Carnegie Endowment, disagreed.', 'Person', ['Nadia Petrenko']],
    ['The Kharkiv region was shelled again.', 'Place', ['Kharkiv']],
    ['Officials met on Tuesday in March.', 'Person', []],
    ['The NATO summit opened in Vilnius.', 'Organization', ['NATO']],
  ])('%s → %s %j', (text, label, expected) => {
    expect(names(text, label)).toEqual(expected);
  });

  test('a surname alone resolves to the full name met before', () => {
    const g = extractArticle(article('Finnish President Alexander Stubb arrived in Kyiv. Stubb said the talks went well.'));
    const people = g.entities.filter((e) => e.label === 'Person');
    expect(people.map((p) => p.name)).toEqual(['Alexander Stubb']);
    expect(people[0]!.aliases).toContain('Stubb');
    expect(people[0]!.mentions).toBe(2);
  });

  test('spelling variants of a transliterated name are one person', () => {
    const g = extractArticle(article('President Volodymyr Zelenskyy spoke in Kyiv. Later, Zelensky said more aid was needed.'));
    expect(g.entities.filter((e) => e.label === 'Person')).toHaveLength(1);
  });

  test('stable ids from label and canonical name', () => {
    const g = extractArticle(article('North Korean troops arrived, Pyongyang said.'));
    expect(g.entities.map((e) => e.id)).toEqual(['country:north-korea']);
    expect(g.mentions).toEqual([{ entityId: 'country:north-korea', count: 2 }]);
  });
});
