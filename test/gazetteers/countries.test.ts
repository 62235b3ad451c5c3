import { collisions, countrySchema, duplicates, key, readGazetteer, surfaceIndex } from './schemas.js';

const countries = readGazetteer('countries.json', countrySchema);
// A city-state's capital may carry its name (Vatican City): counted once.
const forms = (c: (typeof countries)[number]) => [
  c.name, ...c.aliases, ...c.demonyms, ...c.seats, ...(c.capital === c.name ? [] : [c.capital]), ...(c.capitalAliases ?? []),
];
const index = surfaceIndex(countries, forms, (c) => c.name);
const resolve = (s: string) => [...(index.get(key(s)) ?? [])];

describe('countries.json', () => {
  test('covers every sovereign state (193 UN members, 2 observers, Taiwan, Kosovo)', () => {
    expect(countries).toHaveLength(197);
  });

  test('names and ISO codes are unique', () => {
    expect(duplicates(countries.map((c) => c.name))).toEqual([]);
    expect(duplicates(countries.map((c) => c.iso2))).toEqual([]);
  });

  test('no surface form (alias, demonym, seat, capital) stands for two states', () => {
    expect(collisions(index)).toEqual([]);
  });

  test('no entry repeats a form within itself', () => {
    const repeated = countries.flatMap((c) => duplicates(forms(c)).map((d) => `${c.name}: ${d}`));
    expect(repeated).toEqual([]);
  });

  test('every capital resolves to its own state only', () => {
    const wrong = countries.filter((c) => resolve(c.capital).join() !== c.name).map((c) => c.capital);
    expect(wrong).toEqual([]);
  });

  test.each([
    ['DPRK', 'North Korea'], ['Pyongyang', 'North Korea'], ['North Korean', 'North Korea'],
    ['ROK', 'South Korea'], ['Seoul', 'South Korea'], ['Blue House', 'South Korea'],
    ['Kremlin', 'Russia'], ['Moscow', 'Russia'], ['Russian Federation', 'Russia'], ['Russians', 'Russia'],
    ['Kyiv', 'Ukraine'], ['Kiev', 'Ukraine'], ['Bankova', 'Ukraine'], ['Ukrainians', 'Ukraine'],
    ['U.S.', 'United States'], ['USA', 'United States'], ['America', 'United States'], ['White House', 'United States'],
    ['Washington', 'United States'], ['Americans', 'United States'],
    ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Britons', 'United Kingdom'], ['Downing Street', 'United Kingdom'],
    ['Élysée', 'France'], ['Elysee', 'France'], ['Zhongnanhai', 'China'], ['PRC', 'China'], ['Chinese', 'China'],
    ['Tehran', 'Iran'], ['Iranian', 'Iran'], ['UAE', 'United Arab Emirates'], ['Emiratis', 'United Arab Emirates'],
    ['Viet Nam', 'Vietnam'], ['Türkiye', 'Turkey'], ['Turkish', 'Turkey'], ['Czechia', 'Czech Republic'],
    ['Holy See', 'Vatican City'], ['Ivory Coast', 'Côte d\'Ivoire'], ['Burma', 'Myanmar'], ['Minsk', 'Belarus'],
  ])('%s → %s', (form, state) => {
    expect(resolve(form)).toEqual([state]);
  });

  test.each(['Korea', 'Korean'])('%s is deliberately not a form of any state', (form) => {
    expect(resolve(form)).toEqual([]);
  });
});
