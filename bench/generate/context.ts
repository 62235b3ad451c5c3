// Per-article writing context: who is in the story and how each is named. Surface forms vary the
// way news does: "North Korea" / "the DPRK" / "Pyongyang" / "North Korean troops"; a person is
// introduced with title and full name, then by surname, sometimes in another transliteration.
import type { Country, Lexicon, Organization, Person, Place } from './lexicon.js';
import type { Rng } from './prng.js';

export interface Ctx {
  rng: Rng;
  lex: Lexicon;
  pool: Person[]; // invented people
  countries: Country[]; // this article's cast, main actors first
  orgs: Organization[];
  places: Place[];
  people: Person[];
  introduced: Set<string>;
  /** one transliteration per article: the outlet's house style */
  spelling: Map<string, string>;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function countryByName(ctx: Ctx, name: string | undefined): Country | undefined {
  return name ? ctx.lex.countries.find((c) => c.name === name) : undefined;
}

export function newCtx(rng: Rng, lex: Lexicon, pool: Person[]): Ctx {
  const countries = uniqueDraws(rng, () => rng.zipf(lex.countries, 1.5), 4);
  const orgs = uniqueDraws(rng, () => rng.zipf(lex.organizations, 1.0), 3);
  const places = uniqueDraws(rng, () => rng.zipf(lex.places, 0.9), 3);
  const people = uniqueDraws(rng, () => (rng.chance(0.45) || pool.length === 0 ? rng.zipf(lex.people, 1.0) : rng.zipf(pool, 0.8)), 4);
  return { rng, lex, pool, countries, orgs, places, people, introduced: new Set(), spelling: new Map() };
}

function uniqueDraws<T>(rng: Rng, draw: () => T, k: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < k * 6 && out.length < k; i++) {
    const x = draw();
    if (!out.includes(x)) out.push(x);
  }
  void rng;
  return out;
}

/** the country as a noun phrase; `asActor` allows the capital or seat of government for the state */
export function countryRef(ctx: Ctx, c: Country, asActor = false): string {
  const r = ctx.rng.next();
  if (asActor && r < 0.15 && c.capital) return c.capital;
  if (asActor && r < 0.22 && c.seats.length > 0) return withThe(ctx.rng.pick(c.seats));
  if (r < 0.3 && c.aliases.length > 0) {
    const alias = ctx.rng.pick(c.aliases);
    if (/^[A-Z.]{2,}$/.test(alias)) return `the ${alias}`; // the U.S., the DPRK, the UAE
    if (alias.length <= 12 && !alias.includes(' ')) return alias; // Britain, America, Türkiye
  }
  return needsThe(c.name) ? `the ${c.name}` : c.name;
}

function needsThe(name: string): boolean {
  return /^(United|Netherlands|Philippines|Czech Republic|Central African|Dominican|Gambia|Bahamas|Comoros|Maldives|Marshall|Solomon)/.test(name);
}

function withThe(s: string): string {
  return /^(the |[A-Z]{2,}\b)/.test(s) ? s : `the ${s}`;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function possessive(s: string): string {
  return s.endsWith('s') ? `${s}'` : `${s}'s`;
}

export function orgRef(ctx: Ctx, o: Organization): string {
  const short = o.aliases.find((a) => /^[A-Z][A-Z.]{1,6}$/.test(a));
  const name = short && ctx.rng.chance(0.3) ? short : o.name;
  if (/^[A-Z0-9]{2,}$/.test(name) && !/^(UN|EU|IAEA|ISW|RUSI|SCO)$/.test(name)) return name; // NATO, BRICS, GUR
  return `the ${name}`;
}

export function placeRef(ctx: Ctx, p: Place): string {
  const country = countryByName(ctx, p.country);
  switch (p.kind) {
    case 'region':
    case 'province':
    case 'oblast':
      return country && ctx.rng.chance(0.4) ? `${possessive(country.name)} ${p.name} region` : `the ${p.name} region`;
    case 'sea':
    case 'base':
      return p.name.startsWith('the ') ? p.name : `the ${p.name}`;
    case 'city':
      return country && ctx.rng.chance(0.25) ? `the ${country.demonym} city of ${p.name}` : p.name;
    default:
      return p.name;
  }
}

/** a person: title and full name at first mention, surname afterwards; spelling fixed per article */
export function personRef(ctx: Ctx, p: Person): string {
  let name = ctx.spelling.get(p.name);
  if (!name) {
    name = p.variants.length > 0 && ctx.rng.chance(0.35) ? ctx.rng.pick(p.variants) : p.name;
    ctx.spelling.set(p.name, name);
  }
  const words = name.split(' ');
  const familyFirst = p.name.startsWith(`${p.surname} `);
  const surname = name === p.name ? p.surname : familyFirst ? words[0]! : words[words.length - 1]!;
  if (ctx.introduced.has(p.name)) return ctx.rng.chance(0.85) ? surname : name;
  ctx.introduced.add(p.name);
  const country = countryByName(ctx, p.of);
  const r = ctx.rng.next();
  if (country && r < 0.5) return `${country.demonym} ${p.title} ${name}`;
  if (country && r < 0.75) return `${possessive(country.name.replace(/^United States$/, 'the U.S.'))} ${p.title}, ${name},`;
  if (!country && p.of && r < 0.5) return `${p.of} ${p.title} ${name}`;
  if (country) return `${name}, the ${p.title.toLowerCase()} of ${countryRef(ctx, country)},`;
  const place = ctx.lex.places.find((x) => x.name === p.of);
  if (place) return `${name}, the ${p.title.toLowerCase()} of ${p.of},`;
  if (p.of) return `${name}, the ${p.title.toLowerCase()} of ${p.of.match(/^[A-Z]{2,}$/) ? p.of : `the ${p.of}`},`;
  return `${p.title} ${name}`;
}

/** "10,000", "1.2 billion" */
export function number(ctx: Ctx, min: number, max: number, round = 1): string {
  const n = Math.round(ctx.rng.int(min, max) / round) * round;
  return n.toLocaleString('en-US');
}

export function money(ctx: Ctx): string {
  return ctx.rng.chance(0.6) ? `$${ctx.rng.int(1, 90) * 10} million` : `$${ctx.rng.int(1, 9)}.${ctx.rng.int(1, 9)} billion`;
}

export function when(ctx: Ctx): string {
  const r = ctx.rng.next();
  if (r < 0.35) return `on ${ctx.rng.pick(WEEKDAYS)}`;
  if (r < 0.55) return `last ${ctx.rng.pick(['week', 'month'])}`;
  if (r < 0.75) return `in ${ctx.rng.pick(MONTHS)}`;
  if (r < 0.85) return `on ${ctx.rng.pick(MONTHS)} ${ctx.rng.int(1, 28)}`;
  return 'earlier this year';
}

/** a claimant for "according to …", "… said" */
export function claimant(ctx: Ctx): string {
  const r = ctx.rng.next();
  if (r < 0.35 && ctx.orgs.length > 0) return orgRef(ctx, ctx.rng.pick(ctx.orgs));
  if (r < 0.7 && ctx.people.length > 0) return personRef(ctx, ctx.rng.pick(ctx.people));
  const c = ctx.rng.pick(ctx.countries);
  return ctx.rng.chance(0.5) ? `${c.demonym} officials` : `${c.demonym} intelligence`;
}

export function attribution(ctx: Ctx): string {
  const who = claimant(ctx);
  return ctx.rng.pick([`according to ${who}`, `${who} said`, `${who} said in a statement`, `${who} told reporters`]);
}

export function hedge(ctx: Ctx): string {
  return ctx.rng.chance(0.3) ? `${ctx.rng.pick(['reportedly', 'allegedly'])} ` : '';
}
