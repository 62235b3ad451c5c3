// The gazetteers indexed for matching: one token trie over every name, alias, demonym, capital and
// seat of government, plus lookups used by the rules (place → country, person spelling variants).
import { nameKeys, variantKey, nameKey, isAcronym } from '../text/normalize.js';
import { createTrie, trieInsert, type TrieNode } from './trie.js';
import { GazetteerDataSchema, type GazetteerData, type GazetteerInput, type PersonRecord } from './schema.js';

export type GazLabel = 'Country' | 'Organization' | 'Place' | 'Person';
export type GazVia = 'name' | 'alias' | 'demonym' | 'capital' | 'seat';

export interface GazEntry {
  label: GazLabel;
  name: string; // canonical
  via: GazVia;
  form: string; // the listed surface form
  /** acronyms (NATO, US, UAE) match only when written in capitals */
  caseSensitive: boolean;
  kind?: string;
  country?: string; // canonical country of a place / organization
}

export interface Gazetteer {
  trie: TrieNode<GazEntry>;
  /** canonical country name by any of its names, aliases, demonyms (name keys) */
  countryByKey: Map<string, string>;
  /** place canonical name → country canonical name */
  placeCountry: Map<string, string>;
  /** person variant key (of name or alias) → canonical name */
  personByVariant: Map<string, string>;
  /** organization canonical name → record kind */
  orgKind: Map<string, string | undefined>;
  /** organization canonical name → its country's canonical name */
  orgCountry: Map<string, string>;
  /** person canonical name → record (roles) */
  people: Map<string, PersonRecord>;
  /** country canonical name → its first demonym ("Russia" → "Russian") */
  demonymOf: Map<string, string>;
  /** name keys of capitals and seats of government ("moscow", "kiev", "washington") */
  capitals: Set<string>;
  /** country canonical name → its capital ("Saudi Arabia" → "Riyadh") */
  capitalOf: Map<string, string>;
  size: number;
}

function add(g: Gazetteer, form: string, entry: Omit<GazEntry, 'form' | 'caseSensitive'>): void {
  const keys = nameKeys(form);
  if (!keys.length) return;
  const caseSensitive = isAcronym(form.replace(/\s+/g, '')) && form.replace(/[^\p{L}]/gu, '').length <= 6;
  trieInsert(g.trie, keys, { ...entry, form, caseSensitive });
  g.size++;
}

export function buildGazetteer(input: GazetteerInput): Gazetteer {
  const data: GazetteerData = GazetteerDataSchema.parse(input);
  const g: Gazetteer = {
    trie: createTrie<GazEntry>(),
    countryByKey: new Map(),
    placeCountry: new Map(),
    personByVariant: new Map(),
    orgKind: new Map(),
    orgCountry: new Map(),
    demonymOf: new Map(),
    capitals: new Set(),
    capitalOf: new Map(),
    people: new Map(),
    size: 0,
  };
  for (const c of data.countries) {
    const base = { label: 'Country' as const, name: c.name };
    add(g, c.name, { ...base, via: 'name' });
    for (const a of c.aliases) add(g, a, { ...base, via: 'alias' });
    for (const d of c.demonyms) add(g, d, { ...base, via: 'demonym' });
    if (c.capital) add(g, c.capital, { ...base, via: 'capital' });
    for (const a of c.capitalAliases) add(g, a, { ...base, via: 'capital' });
    for (const s of c.seats) add(g, s, { ...base, via: 'seat' });
    for (const s of [c.capital, ...c.capitalAliases, ...c.seats]) if (s) g.capitals.add(nameKey(s));
    for (const n of [c.name, ...c.aliases, ...c.demonyms]) g.countryByKey.set(nameKey(n), c.name);
    if (c.demonyms[0]) g.demonymOf.set(c.name, c.demonyms[0]);
    if (c.capital) g.capitalOf.set(c.name, c.capital);
  }
  const country = (name: string | null | undefined) => (name ? g.countryByKey.get(nameKey(name)) ?? name : undefined);
  for (const o of data.organizations) {
    const base = { label: 'Organization' as const, name: o.name, kind: o.kind, country: country(o.country) };
    add(g, o.name, { ...base, via: 'name' });
    for (const a of o.aliases) add(g, a, { ...base, via: 'alias' });
    g.orgKind.set(o.name, o.kind);
    if (base.country) g.orgCountry.set(o.name, base.country);
  }
  for (const p of data.places) {
    const base = { label: 'Place' as const, name: p.name, kind: p.kind, country: country(p.country) };
    add(g, p.name, { ...base, via: 'name' });
    for (const a of p.aliases) add(g, a, { ...base, via: 'alias' });
    const c = country(p.country);
    if (c) g.placeCountry.set(p.name, c);
  }
  for (const p of data.people) {
    const base = { label: 'Person' as const, name: p.name };
    add(g, p.name, { ...base, via: 'name' });
    for (const a of p.aliases) add(g, a, { ...base, via: 'alias' });
    for (const n of [p.name, ...p.aliases]) g.personByVariant.set(variantKey(n), p.name);
    g.people.set(p.name, p);
  }
  return g;
}
