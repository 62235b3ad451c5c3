import {
  collisions, countrySchema, duplicates, key, organizationSchema, readGazetteer, surfaceIndex,
} from './schemas.js';

const countries = readGazetteer('countries.json', countrySchema);
const orgs = readGazetteer('organizations.json', organizationSchema);
const orgForms = (o: (typeof orgs)[number]) => [o.name, ...o.aliases];
const index = surfaceIndex(orgs, orgForms, (o) => o.name);
const resolve = (s: string) => [...(index.get(key(s)) ?? [])];
const countryForms = surfaceIndex(
  countries,
  (c) => [c.name, ...c.aliases, ...c.demonyms, ...c.seats, c.capital, ...(c.capitalAliases ?? [])],
  (c) => c.name,
);

describe('organizations.json', () => {
  test('has broad coverage', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(300);
  });

  test('names are unique and no form stands for two organizations', () => {
    expect(duplicates(orgs.map((o) => o.name))).toEqual([]);
    expect(collisions(index)).toEqual([]);
  });

  test('no entry repeats a form within itself', () => {
    expect(orgs.flatMap((o) => duplicates(orgForms(o)).map((d) => `${o.name}: ${d}`))).toEqual([]);
  });

  test('every country field names an entry of countries.json', () => {
    const names = new Set(countries.map((c) => c.name));
    expect(orgs.filter((o) => o.country !== undefined && !names.has(o.country)).map((o) => o.name)).toEqual([]);
  });

  test('no organization form is also a form of a state (seats such as "Kremlin" belong to countries.json)', () => {
    expect(orgs.flatMap(orgForms).filter((f) => countryForms.has(key(f)))).toEqual([]);
  });

  test.each([
    ['Pentagon', 'U.S. Department of Defense'], ['DoD', 'U.S. Department of Defense'],
    ['State Department', 'U.S. Department of State'], ['UN', 'United Nations'], ['U.N.', 'United Nations'],
    ['UNSC', 'United Nations Security Council'], ['IAEA', 'International Atomic Energy Agency'],
    ['NATO', 'NATO'], ['North Atlantic Treaty Organization', 'NATO'], ['EU', 'European Union'],
    ['GUR', 'Main Intelligence Directorate of Ukraine'], ['HUR', 'Main Intelligence Directorate of Ukraine'],
    ['SBU', 'Security Service of Ukraine'], ['Rada', 'Verkhovna Rada'], ['FSB', 'Federal Security Service'],
    ['Russian Defence Ministry', 'Russian Ministry of Defence'], ['Russian Defense Ministry', 'Russian Ministry of Defence'],
    ['Chinese Foreign Ministry', 'Chinese Ministry of Foreign Affairs'], ['KCNA', 'Korean Central News Agency'],
    ['KPA', "Korean People's Army"], ['WPK', "Workers' Party of Korea"], ['NIS', 'National Intelligence Service'],
    ['JCS', 'South Korean Joint Chiefs of Staff'], ['IRGC', 'Islamic Revolutionary Guard Corps'],
    ['Revolutionary Guards', 'Islamic Revolutionary Guard Corps'], ['PLA', "People's Liberation Army"],
    ['IDF', 'Israel Defense Forces'], ['Ansar Allah', 'Houthis'], ['RUSI', 'Royal United Services Institute'],
    ['ISW', 'Institute for the Study of War'], ['AP', 'Associated Press'], ['Wagner', 'Wagner Group'],
    ['Raytheon', 'RTX'], ['ICRC', 'International Committee of the Red Cross'], ['ICC', 'International Criminal Court'],
  ])('%s → %s', (form, org) => {
    expect(resolve(form)).toEqual([org]);
  });

  test.each(['SDF', 'Defence Ministry', 'Ministry of Defence', 'Foreign Ministry', 'National Guard', 'IS', 'CCTV', 'IAF', 'DIU'])(
    '%s (ambiguous) is not a form of any organization',
    (form) => {
      expect(resolve(form)).toEqual([]);
    },
  );
});
