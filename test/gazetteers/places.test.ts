import {
  collisions, countrySchema, duplicates, key, organizationSchema, placeSchema, readGazetteer, surfaceIndex,
} from './schemas.js';

const countries = readGazetteer('countries.json', countrySchema);
const orgs = readGazetteer('organizations.json', organizationSchema);
const places = readGazetteer('places.json', placeSchema);
const placeForms = (p: (typeof places)[number]) => [p.name, ...p.aliases];
const index = surfaceIndex(places, placeForms, (p) => p.name);
const resolve = (s: string) => [...(index.get(key(s)) ?? [])];
const countryForms = surfaceIndex(
  countries,
  (c) => [c.name, ...c.aliases, ...c.demonyms, ...c.seats, c.capital, ...(c.capitalAliases ?? [])],
  (c) => c.name,
);
const orgForms = surfaceIndex(orgs, (o) => [o.name, ...o.aliases], (o) => o.name);

describe('places.json', () => {
  test('names are unique and no form stands for two places', () => {
    expect(duplicates(places.map((p) => p.name))).toEqual([]);
    expect(collisions(index)).toEqual([]);
  });

  test('no entry repeats a form within itself', () => {
    expect(places.flatMap((p) => duplicates(placeForms(p)).map((d) => `${p.name}: ${d}`))).toEqual([]);
  });

  test('every country field names an entry of countries.json', () => {
    const names = new Set(countries.map((c) => c.name));
    expect(places.filter((p) => p.country !== undefined && !names.has(p.country)).map((p) => p.name)).toEqual([]);
  });

  test('no place form is a state, capital or seat (capitals live in countries.json only)', () => {
    expect(places.flatMap(placeForms).filter((f) => countryForms.has(key(f)))).toEqual([]);
  });

  test('no place form is an organization form', () => {
    expect(places.flatMap(placeForms).filter((f) => orgForms.has(key(f)))).toEqual([]);
  });

  test('all 24 Ukrainian oblasts, Crimea and Sevastopol are covered', () => {
    const oblasts = [
      'Cherkasy', 'Chernihiv', 'Chernivtsi', 'Dnipropetrovsk', 'Donetsk', 'Ivano-Frankivsk', 'Kharkiv', 'Kherson',
      'Khmelnytskyi', 'Kirovohrad', 'Kyiv', 'Luhansk', 'Lviv', 'Mykolaiv', 'Odesa', 'Poltava', 'Rivne', 'Sumy',
      'Ternopil', 'Vinnytsia', 'Volyn', 'Zakarpattia', 'Zaporizhzhia', 'Zhytomyr',
    ];
    const missing = oblasts.filter((o) => resolve(`${o} Oblast`).length !== 1 || resolve(`${o} region`).length !== 1);
    expect(missing).toEqual([]);
    expect(resolve('Crimea')).toEqual(['Crimea']);
    expect(resolve('Sevastopol')).toEqual(['Sevastopol']);
  });

  test.each([
    ['Kursk region', 'Kursk', 'region', 'Russia'], ['Kursk Oblast', 'Kursk', 'region', 'Russia'],
    ['Odessa', 'Odesa', 'city', 'Ukraine'], ['Zaporozhye', 'Zaporizhzhia', 'city', 'Ukraine'],
    ['Donbass', 'Donbas', 'region', 'Ukraine'], ['Artemivsk', 'Bakhmut', 'city', 'Ukraine'],
    ['Dnieper', 'Dnipro River', 'river', undefined], ['Dnipro', 'Dnipro', 'city', 'Ukraine'],
    ['Sea of Azov', 'Sea of Azov', 'sea', undefined], ['East Sea', 'Sea of Japan', 'sea', undefined],
    ['Strait of Hormuz', 'Strait of Hormuz', 'strait', undefined], ['Gaza', 'Gaza Strip', 'area', 'Palestine'],
    ['DMZ', 'Demilitarized Zone', 'area', undefined], ['Hmeimim', 'Hmeimim Air Base', 'base', 'Syria'],
    ['Ramstein', 'Ramstein Air Base', 'base', 'Germany'], ['Korean Peninsula', 'Korean Peninsula', 'peninsula', undefined],
    ['Middle East', 'Middle East', 'subregion', undefined], ['Europe', 'Europe', 'continent', undefined],
    ['ZNPP', 'Zaporizhzhia Nuclear Power Plant', 'facility', 'Ukraine'], ['Transnistria', 'Transnistria', 'region', 'Moldova'],
  ])('%s → %s (%s in %s)', (form, name, kind, country) => {
    expect(resolve(form)).toEqual([name]);
    const place = places.find((p) => p.name === name);
    expect([place?.kind, place?.country]).toEqual([kind, country]);
  });
});
