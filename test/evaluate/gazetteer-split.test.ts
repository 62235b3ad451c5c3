// The recall split by gazetteer membership: which gold names the lists hold, and how many were found.
import { gazetteerSplit, inGazetteer } from '../../src/evaluate/gazetteer-split.js';
import { defaultGazetteer } from '../../src/extract/gazetteer/load.js';

const gaz = defaultGazetteer();

test.each<[string, string, boolean]>([
  ['Person', 'Volodymyr Zelensky', true],
  ['Person', 'Salifu Modi', false],
  ['Organization', 'NATO', true],
  ['Organization', 'Kochi Petroleum', false],
])('%s %s in gazetteer: %s', (type, name, expected) => {
  expect(inGazetteer(gaz, { type, name })).toBe(expected);
});

test('counts found and total on each side', () => {
  const gold = { entities: [
    { type: 'Person', name: 'Volodymyr Zelensky', aliases: ['Zelensky'] },
    { type: 'Person', name: 'Salifu Modi' },
    { type: 'Organization', name: 'Kochi Petroleum', aliases: ['KPCL'] },
  ], relations: [] };
  const pred = { entities: [{ type: 'Person', name: 'Zelensky' }, { type: 'Organization', name: 'KPCL' }], relations: [] };
  const split = gazetteerSplit([{ gold, pred }], gaz);
  expect(split.Person.inGazetteer).toEqual({ found: 1, total: 1, recall: 1 });
  expect(split.Person.notInGazetteer).toEqual({ found: 0, total: 1, recall: 0 });
  expect(split.Organization.notInGazetteer).toEqual({ found: 1, total: 1, recall: 1 });
});
