// Sentence templates: one family per relation type of the ontology (docs/ONTOLOGY.md), plus events
// with figures, claims and denials, quotes and filler. Each template draws its actors from the
// article's cast so one story stays about the same few states and people.
import {
  attribution, cap, claimant, countryByName, countryRef, hedge, money, number, orgRef, personRef, placeRef, possessive, when,
  type Ctx,
} from './context.js';
import type { Country } from './lexicon.js';

export type Template = (ctx: Ctx) => string;

const HEAD_TITLES = /^(President|Prime Minister|Chancellor|leader|Supreme Leader|King|Emir|Secretary[- ]General|governor|mayor)$/i;

const ITEMS = ['drones', 'Shahed drones', 'ballistic missiles', 'artillery shells', 'ammunition', 'air defence systems',
  'armoured vehicles', 'rocket launchers', 'glide bombs', 'fighter jets', 'anti-tank missiles', 'electronic components'];
const TOPICS = ['security guarantees', 'energy supplies', 'the grain corridor', 'a possible ceasefire', 'air defence', 'sanctions enforcement', 'reconstruction aid'];
const SUMMITS = ['summit', 'security conference', 'ministerial meeting', 'peace conference', 'forum'];

const two = (ctx: Ctx): [Country, Country] => {
  const [a, b] = ctx.rng.sample(ctx.countries, 2);
  return [a!, b ?? ctx.countries[0]!];
};
const person = (ctx: Ctx) => ctx.rng.pick(ctx.people);
const org = (ctx: Ctx) => ctx.rng.pick(ctx.orgs);
const place = (ctx: Ctx) => ctx.rng.pick(ctx.places);
const items = (ctx: Ctx) => {
  const [x, y] = ctx.rng.sample(ITEMS, 2);
  return ctx.rng.chance(0.5) ? x! : `${x} and ${y}`;
};

export const RELATION_TEMPLATES: Record<string, Template[]> = {
  ALLY_OF: [
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a, true))} and ${countryRef(c, b)} signed a comprehensive strategic partnership treaty that includes a mutual defence clause.`; },
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a))} has deepened its military alliance with ${countryRef(c, b)}, ${attribution(c)}.`; },
    (c) => { const [a, b] = two(c); return `Officials in ${a.capital ?? a.name} described ${countryRef(c, b)} as a strategic partner and an ally in the struggle against the West.`; },
  ],
  SUPPORTS: [
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a))} reaffirmed its support for ${countryRef(c, b)} ${when(c)}.`; },
    (c) => { const [a, b] = two(c); return `${cap(personRef(c, person(c)))} pledged that ${countryRef(c, a)} would continue to back ${countryRef(c, b)} "for as long as it takes."`; },
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a))} announced a new military aid package worth ${money(c)} for ${countryRef(c, b)}.`; },
  ],
  SUPPLIES: [
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a, true))} has ${hedge(c)}supplied ${countryRef(c, b)} with ${items(c)}, ${attribution(c)}.`; },
    (c) => { const [a, b] = two(c); return `According to ${claimant(c)}, ${countryRef(c, a)} delivered ${number(c, 100, 5000, 50)} ${c.rng.pick(ITEMS)} to ${countryRef(c, b)} ${when(c)}.`; },
    (c) => { const [a, b] = two(c); return `${a.demonym} ${c.rng.pick(ITEMS)} have been shipped to ${countryRef(c, b)} by sea, ${claimant(c)} said.`; },
  ],
  DEPLOYS_TO: [
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a, true))} has ${hedge(c)}sent about ${number(c, 1000, 15000, 500)} troops to ${countryRef(c, b)}, ${attribution(c)}.`; },
    (c) => { const [a] = two(c); return `${a.demonym} soldiers have been deployed to ${placeRef(c, place(c))}, ${attribution(c)}.`; },
    (c) => { const [a] = two(c); return `According to ${claimant(c)}, some ${number(c, 500, 12000, 500)} ${a.demonym} troops are now stationed in ${placeRef(c, place(c))}.`; },
  ],
  ATTACKS: [
    (c) => { const [a] = two(c); return `${a.demonym} forces launched ${number(c, 10, 150)} drones and ${number(c, 2, 40)} missiles at ${placeRef(c, place(c))} overnight, ${claimant(c)} said.`; },
    (c) => { const [a] = two(c); return `${cap(countryRef(c, a))} struck energy infrastructure in ${placeRef(c, place(c))} ${when(c)}, killing at least ${number(c, 2, 40)} people.`; },
    (c) => { const [a, b] = two(c); return `${possessive(cap(countryRef(c, a)))} full-scale invasion of ${countryRef(c, b)} has displaced millions of people.`; },
  ],
  OPPOSES: [
    (c) => { const [a] = two(c); return `${cap(personRef(c, person(c)))} condemned ${possessive(countryRef(c, a))} decision as a dangerous escalation.`; },
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a))} imposed new sanctions on ${countryRef(c, b)} over its support for the war.`; },
    (c) => { const [a] = two(c); return `${a.capital ?? a.name} warned ${orgRef(c, org(c))} against any further expansion toward its borders.`; },
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a, true))} denied the reports and rejected the claims made by ${countryRef(c, b)}.`; },
  ],
  MEETS: [
    (c) => { const [p, q] = c.rng.sample(c.people, 2); return `${cap(personRef(c, p!))} met ${personRef(c, q ?? p!)} in ${c.rng.pick(c.countries).capital ?? 'the capital'} ${when(c)} to discuss ${c.rng.pick(TOPICS)}.`; },
    (c) => { const [p, q] = c.rng.sample(c.people, 2); return `${cap(personRef(c, p!))} held a phone call with ${personRef(c, q ?? p!)}, according to a readout released afterwards.`; },
    (c) => { const [a, b] = two(c); return `Delegations from ${countryRef(c, a)} and ${countryRef(c, b)} held talks in ${b.capital ?? b.name} ${when(c)}.`; },
  ],
  MEDIATES: [
    (c) => { const m = c.rng.pick(c.lex.countries.slice(0, 20)); const [a, b] = two(c); const n = number(c, 20, 200); return `${cap(countryRef(c, m))} brokered a prisoner exchange between ${countryRef(c, a)} and ${countryRef(c, b)}, in which ${n} prisoners were released by each side.`; },
    (c) => { const m = c.rng.pick(c.lex.countries.slice(0, 20)); const [a, b] = two(c); return `Talks hosted by ${countryRef(c, m)} between ${countryRef(c, a)} and ${countryRef(c, b)} ended ${when(c)} without agreement.`; },
  ],
  LEADS: [
    (c) => {
      const p = person(c);
      const of = countryByName(c, p.of);
      if (of && HEAD_TITLES.test(p.title)) return `${cap(personRef(c, p))} has led ${countryRef(c, of)} since ${c.rng.int(1999, 2023)}.`;
      return `${cap(personRef(c, p))} spoke at length about the war.`;
    },
    (c) => `${cap(personRef(c, person(c)))} said the situation remained difficult.`,
  ],
  MEMBER_OF: [
    (c) => { const [a] = two(c); return `${cap(countryRef(c, a))} joined ${orgRef(c, org(c))} as a full member in ${c.rng.int(1990, 2024)}.`; },
    (c) => {
      const p = person(c);
      const o = c.lex.organizations.find((x) => x.name === p.of);
      const k = countryByName(c, p.of);
      if (o) return `${cap(personRef(c, p))} has served as ${p.title.toLowerCase()} at ${orgRef(c, o)} since ${c.rng.int(2010, 2024)}.`;
      return `${cap(personRef(c, p))} is a member of the government of ${k ? countryRef(c, k) : 'the country'}.`;
    },
  ],
  LOCATED_IN: [
    (c) => { const p = place(c); const k = countryByName(c, p.country); return k ? `${p.name}, in ${possessive(k.name)} ${p.kind === 'city' ? 'east' : 'south'}, came under heavy fire ${when(c)}.` : `${cap(placeRef(c, p))} saw heavy fighting ${when(c)}.`; },
    (c) => { const p = place(c); const k = countryByName(c, p.country); return `Fighting continued in ${k ? `the ${p.name} ${p.kind === 'city' ? 'area' : 'region'} of ${countryRef(c, k)}` : placeRef(c, p)}.`; },
  ],
  PARTICIPATES_IN: [
    (c) => { const [a, b] = two(c); return `${cap(countryRef(c, a))} and ${countryRef(c, b)} took part in the ${orgRef(c, org(c)).replace(/^the /, '')} ${c.rng.pick(SUMMITS)} in ${placeRef(c, place(c))}.`; },
  ],
  OCCURRED_IN: [
    (c) => `The ${c.rng.pick(SUMMITS)} in ${c.rng.pick(c.countries).capital ?? 'the capital'} ${when(c)} drew leaders from ${number(c, 12, 40)} countries.`,
    (c) => `The attack on ${placeRef(c, place(c))} was the largest in weeks, ${attribution(c)}.`,
  ],
  MENTIONED_WITH: [
    (c) => { const [a, b] = two(c); return `Relations between ${countryRef(c, a)} and ${countryRef(c, b)} remain complicated.`; },
  ],
};

/** figures and conflicting claims: the same kind of number from different claimants */
export const CLAIM_TEMPLATES: Template[] = [
  (c) => { const [a] = two(c); return `${cap(claimant(c))} estimated that around ${number(c, 1000, 12000, 1000)} ${a.demonym} soldiers had been killed or wounded.`; },
  (c) => { const [a] = two(c); return `${cap(c.rng.pick(c.countries).demonym)} estimates suggest that as many as ${number(c, 3000, 15000, 1000)} ${a.demonym} troops are involved.`; },
  (c) => `${cap(claimant(c))} put the figure at ${number(c, 2, 90)} ${c.rng.pick(['drones', 'missiles', 'civilians', 'prisoners'])}, a number that could not be independently verified.`,
  (c) => { const [a] = two(c); return `${cap(countryRef(c, a, true))} denied the claim, calling it "pure fabrication."`; },
];

export const QUOTE_TEMPLATES: Template[] = [
  (c) => `"We will respond to every provocation," ${personRef(c, person(c))} said.`,
  (c) => `"This is a challenge, but we know how to respond to it," ${personRef(c, person(c))} told reporters.`,
  (c) => `"Nobody should doubt our resolve," ${personRef(c, person(c))} said in a video address.`,
];

export const FILLER: Template[] = [
  () => 'The claims could not be independently verified.',
  () => 'Casualty figures from both sides remain difficult to confirm.',
  () => 'Analysts say the coming weeks could prove decisive for the front line.',
  () => 'Residents described hours of explosions followed by power cuts across several districts.',
  () => 'The developments come as winter approaches and pressure on the energy grid grows.',
  () => 'Diplomats cautioned that any agreement would take months to negotiate.',
  () => 'Officials did not respond to requests for comment.',
  (c) => `The war is now in its ${c.rng.pick(['third', 'fourth'])} year, with no ceasefire in sight.`,
];

export const HEADLINES: Template[] = [
  (c) => { const [a, b] = two(c); return `${a.name} Sends ${number(c, 1000, 12000, 1000)} Troops to ${b.name}: Officials`; },
  (c) => { const [a, b] = two(c); return `${a.name} Supplies ${b.name} With ${cap(c.rng.pick(ITEMS))}, Report Says`; },
  (c) => { const [a, b] = two(c); return `${a.demonym} Air Defences Down ${number(c, 10, 80)} ${b.demonym} Drones Overnight`; },
  (c) => { const [a, b] = two(c); return `${a.name} and ${b.name} Deepen Military Ties`; },
  (c) => { const [a] = two(c); return `${a.name} Warns ${c.orgs[0]?.name ?? 'the West'} Over Escalation`; },
  (c) => { const [a, b] = two(c); return `Prisoner Swap Between ${a.name} and ${b.name} Brings ${number(c, 20, 150)} Home`; },
  (c) => { const p = c.people[0]!; return `${p.surname} Pitches New Plan to Allies`; },
];
