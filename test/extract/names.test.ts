// Names no list holds: found by how news writes them (titles, appositions, particles, heads, acronyms
// defined in parentheses), and a surname linked to a listed person only when the text does not contradict it.
// Sentences of our own, of the shapes users met.
import { extractArticle } from '../../src/extract/index.js';
import { article } from './helpers.js';

const entities = (text: string) => extractArticle(article(text)).entities.filter((e) => e.label !== 'Event');
const shown = (text: string) => entities(text).map((e) => `${e.label}:${e.name}`);

describe('people from context', () => {
  test.each<[string, string]>([
    ['Nobel Peace Prize laureate Ales Varanets was released on Tuesday.', 'Person:Ales Varanets'],
    ['Her brother, Tadevos Khachikyan, spoke to reporters.', 'Person:Tadevos Khachikyan'],
    ['The delegation also included Gasem Rouhanifar, head of the Space Research Institute.', 'Person:Gasem Rouhanifar'],
    ['Estonian Defence Minister Hanno Pevkur arrived in Tallinn.', 'Person:Hanno Pevkur'],
    ['Shares of the Raghav Mehta-led conglomerate rose.', 'Person:Raghav Mehta'],
  ])('%s', (text, expected) => expect(shown(text)).toContain(expected));
});

describe('particles and prefixes stay in the name', () => {
  test.each<[string, string, string]>([
    ['Houthi official Abdullah Saleh al-Bukhaiti said the group would respond.', 'Person:Abdullah Saleh al-Bukhaiti', 'Person:Abdullah Saleh'],
    ['The attack was claimed by al Qaeda.', 'Organization:al-Qaeda', 'Organization:Qaeda'],
    ['The Russia-Africa Council met in Sochi.', 'Organization:Russia-Africa Council', 'Organization:Africa Council'],
  ])('%s', (text, wanted, unwanted) => {
    const got = shown(text);
    expect(got).toContain(wanted);
    expect(got).not.toContain(unwanted);
  });
});

describe('organisations from heads and acronyms defined in parentheses', () => {
  test.each<[string, string, string]>([
    ['The Agricultural and Industrial Bank of Vietnam (AIBV) froze the accounts.', 'Agricultural and Industrial Bank of Vietnam', 'AIBV'],
    ['Imports by Kochi Petroleum (KPCL) rose in May.', 'Kochi Petroleum', 'KPCL'],
    ['The Mangalore Refinery and Petrochemicals (MRPL) bought Russian oil.', 'Mangalore Refinery and Petrochemicals', 'MRPL'],
  ])('%s', (text, name, acronym) => {
    const orgs = entities(text).filter((e) => e.label === 'Organization');
    const org = orgs.find((e) => e.name === name);
    expect(org?.aliases).toContain(acronym);
    expect(orgs.filter((e) => e.name === acronym)).toEqual([]);
  });
});

describe('a generic head noun alone is never an entity', () => {
  test.each<[string, string, string]>([
    ['A spokesman for the U.S. Embassy in Latvia declined to comment.', 'Organization:U.S. Embassy', 'Person:Embassy'],
    ['Italian TV channel Rai News reported the blast.', 'Organization:Rai News', 'Organization:TV'],
    ['Flights resumed at Tehran Airport on Friday.', 'Place:Tehran Airport', 'Place:Airport'],
  ])('%s', (text, wanted, unwanted) => {
    const got = shown(text);
    expect(got).toContain(wanted);
    expect(got).not.toContain(unwanted);
  });
});

describe("a post's portfolio is no entity; a name right after it is a person", () => {
  test.each<[string, string[], string[]]>([
    ['Amal Haddad, Jordan’s Minister of State for Regional Cooperation, said talks would resume.', ['Person:Amal Haddad'], ['Person:Regional Cooperation']],
    ['Pia Lund, the EU’s Commissioner for Internal Affairs and Migration, spoke.', ['Person:Pia Lund'], ['Person:Affairs', 'Person:Internal Affairs']],
    ['Deputy High Commissioner for Refugees Omar Said Tahir visited the camp.', ['Person:Omar Said Tahir'], []],
    ['He spoke on the sidelines of the Tallinn Digital Conference.', ['Organization:Tallinn Digital Conference'], ['Person:Conference']],
  ])('%s', (text, wanted, unwanted) => {
    const got = shown(text);
    for (const w of wanted) expect(got).toContain(w);
    for (const u of unwanted) expect(got).not.toContain(u);
  });
});

describe('a surname is linked to a listed person only when nothing in the text contradicts it', () => {
  test('another given name makes another person, and the bare surname later is that person', () => {
    const got = shown("Niger's Defense Minister, General Salifu Modi, met a Russian delegation in Niamey. Modi said the talks went well.");
    expect(got).toContain('Person:Salifu Modi');
    expect(got).not.toContain('Person:Narendra Modi');
  });
  test('with no other given name, the listed person', () => {
    expect(shown('Prime Minister Modi met Vladimir Putin in Moscow.')).toContain('Person:Narendra Modi');
  });
});
