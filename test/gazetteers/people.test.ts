import {
  collisions, countrySchema, duplicates, key, organizationSchema, personSchema, placeSchema, readGazetteer, surfaceIndex,
} from './schemas.js';

const countries = readGazetteer('countries.json', countrySchema);
const orgs = readGazetteer('organizations.json', organizationSchema);
const places = readGazetteer('places.json', placeSchema);
const people = readGazetteer('people.json', personSchema);
const personForms = (p: (typeof people)[number]) => [p.name, ...p.aliases];
const index = surfaceIndex(people, personForms, (p) => p.name);
const resolve = (s: string) => [...(index.get(key(s)) ?? [])];
const otherForms = new Set(
  [
    ...countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms, ...c.seats, c.capital, ...(c.capitalAliases ?? [])]),
    ...orgs.flatMap((o) => [o.name, ...o.aliases]),
    ...places.flatMap((p) => [p.name, ...p.aliases]),
  ].map(key),
);

describe('people.json', () => {
  test('has broad coverage', () => {
    expect(people.length).toBeGreaterThanOrEqual(250);
  });

  test('names are unique and no form stands for two people', () => {
    expect(duplicates(people.map((p) => p.name))).toEqual([]);
    expect(collisions(index)).toEqual([]);
  });

  test('no entry repeats a form within itself', () => {
    expect(people.flatMap((p) => duplicates(personForms(p)).map((d) => `${p.name}: ${d}`))).toEqual([]);
  });

  test('every role is "of" a state or an organization named exactly as in the other files', () => {
    const known = new Set([...countries.map((c) => c.name), ...orgs.map((o) => o.name)]);
    const unknown = people.flatMap((p) => p.roles.filter((r) => !known.has(r.of)).map((r) => `${p.name}: ${r.of}`));
    expect(unknown).toEqual([]);
  });

  test('roles end after they start', () => {
    const bad = people.flatMap((p) => p.roles.filter((r) => r.from && r.to && r.to < r.from).map((r) => `${p.name}: ${r.title}`));
    expect(bad).toEqual([]);
  });

  test('no person form is a state, organization or place form', () => {
    expect(people.flatMap(personForms).filter((f) => otherForms.has(key(f)))).toEqual([]);
  });

  test('bare given names and ambiguous Korean/Chinese surnames are never aliases', () => {
    const banned = ['Kim', 'Lee', 'Park', 'Choi', 'Li', 'Wang', 'Zhang', 'Singh', 'Khan', 'Harris', 'Johnson', 'Austin', 'Sullivan'];
    expect(banned.filter((b) => resolve(b).length > 0)).toEqual([]);
  });

  test('a one-word alias is not the surname of another person in the file', () => {
    const surnames = new Map<string, string[]>();
    for (const p of people) {
      for (const f of personForms(p)) {
        const last = key(f.split(' ').at(-1) ?? f);
        if (f.includes(' ')) surnames.set(last, [...new Set([...(surnames.get(last) ?? []), p.name])]);
      }
    }
    const clashes = people.flatMap((p) =>
      p.aliases
        .filter((a) => !a.includes(' '))
        .filter((a) => (surnames.get(key(a)) ?? []).some((other) => other !== p.name))
        .map((a) => `${p.name}: ${a} (${surnames.get(key(a))?.join(', ')})`),
    );
    expect(clashes).toEqual([]);
  });

  test.each([
    ['Zelenskyy', 'Volodymyr Zelensky'], ['Zelenskiy', 'Volodymyr Zelensky'], ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Syrsky', 'Oleksandr Syrskyi'], ['Kirill Budanov', 'Kyrylo Budanov'], ['Kim Jong-un', 'Kim Jong Un'],
    ['Kim Yo-jong', 'Kim Yo Jong'], ['Erdogan', 'Recep Tayyip Erdoğan'], ['Shoygu', 'Sergei Shoigu'],
    ['Sergey Lavrov', 'Sergei Lavrov'], ['Orban', 'Viktor Orbán'], ['MBS', 'Mohammed bin Salman'],
    ['Lula', 'Luiz Inácio Lula da Silva'], ['Guterres', 'António Guterres'], ['Sabrina Singh', 'Sabrina Singh'],
    ['Hegseth', 'Pete Hegseth'], ['Yoon', 'Yoon Suk Yeol'], ['Choe Son-hui', 'Choe Son Hui'],
  ])('%s → %s', (form, person) => {
    expect(resolve(form)).toEqual([person]);
  });
});
