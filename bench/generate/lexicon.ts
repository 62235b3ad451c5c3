// The generator's vocabulary: data/gazetteers/*.json when present (the project's own data), the
// small built-in lists otherwise. Focus lists order the actors the way this beat's news does:
// a handful dominate (Zipf draws), every other state, organization and place stays possible.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FALLBACK_COUNTRIES, FALLBACK_ORGANIZATIONS, FALLBACK_PEOPLE, FALLBACK_PLACES,
  type GazCountry, type GazOrganization, type GazPerson, type GazPlace,
} from './fallback-lexicon.js';

export interface Country { name: string; aliases: string[]; demonym: string; capital?: string; seats: string[] }
export interface Organization { name: string; aliases: string[]; kind: string; country?: string }
export interface Place { name: string; kind: string; country?: string; aliases: string[] }
export interface Person { name: string; variants: string[]; title: string; of?: string; surname: string }

export interface Lexicon {
  countries: Country[]; // focus first, then the rest in file order
  organizations: Organization[];
  places: Place[];
  people: Person[];
  sources: { name: string; domain: string }[];
  /** which files were read (the rest came from the built-in lists) */
  fromFiles: string[];
}

const FOCUS_COUNTRIES = [
  'Russia', 'Ukraine', 'North Korea', 'Iran', 'China', 'United States', 'United Kingdom', 'France', 'Germany',
  'Turkey', 'United Arab Emirates', 'South Korea', 'Belarus', 'Poland', 'Japan', 'Qatar', 'Saudi Arabia', 'India',
  'Hungary', 'Israel', 'Syria', 'Kazakhstan', 'Moldova', 'Georgia', 'Lithuania', 'Finland', 'Sweden', 'Estonia',
];
const FOCUS_ORGS = [
  'NATO', 'United Nations', 'European Union', 'Pentagon', 'BRICS', 'GUR', 'Kremlin', 'TASS', 'Institute for the Study of War',
  'International Atomic Energy Agency', 'Royal United Services Institute', 'Shanghai Cooperation Organisation', 'G7', 'Wagner Group',
];
const FOCUS_PLACES = ['Kursk', 'Donetsk', 'Kharkiv', 'Crimea', 'Zaporizhzhia', 'Black Sea', 'Odesa', 'Belgorod', 'Kazan', 'Sumy', 'Pokrovsk', 'Kherson'];

/** Outlets for the JSONL `source` field and page URLs (invented domains: no real site is implied). */
const SOURCES = [
  { name: 'Eastern Front Monitor', domain: 'easternfront.example' },
  { name: 'Global Security Daily', domain: 'gsdaily.example' },
  { name: 'The Kyiv Ledger', domain: 'kyivledger.example' },
  { name: 'Asia Defense Review', domain: 'asiadefense.example' },
  { name: 'World Desk', domain: 'worlddesk.example' },
  { name: 'Horizon News Agency', domain: 'horizon-news.example' },
];

function readJson<T>(dir: string, file: string, fromFiles: string[]): T[] | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data) || data.length === 0) return undefined;
  fromFiles.push(file);
  return data as T[];
}

function focusFirst<T extends { name: string }>(items: T[], focus: string[]): T[] {
  const byName = new Map(items.map((i) => [i.name, i]));
  const head = focus.map((n) => byName.get(n)).filter((x): x is T => x !== undefined);
  const seen = new Set(head.map((h) => h.name));
  return [...head, ...items.filter((i) => !seen.has(i.name))];
}

function surnameOf(name: string): string {
  const parts = name.split(' ');
  // East Asian names in the gazetteer are family name first ("Kim Jong-un", "Xi Jinping")
  if (parts.length >= 2 && /^(Kim|Xi|Li|Wang|Choe|Choi|Yoon|Lee|Park|Moon|Han|Zhang)$/.test(parts[0]!)) return parts[0]!;
  return parts[parts.length - 1]!;
}

export function loadLexicon(gazetteerDir: string): Lexicon {
  const fromFiles: string[] = [];
  const countries = (readJson<GazCountry>(gazetteerDir, 'countries.json', fromFiles) ?? FALLBACK_COUNTRIES)
    .filter((c) => c.name && (c.demonyms?.length ?? 0) > 0)
    .map((c): Country => ({
      name: c.name, aliases: c.aliases ?? [], demonym: c.demonyms![0]!, capital: c.capital || undefined, seats: c.seats ?? [],
    }));
  const organizations = (readJson<GazOrganization>(gazetteerDir, 'organizations.json', fromFiles) ?? FALLBACK_ORGANIZATIONS)
    .filter((o) => o.name)
    .map((o): Organization => ({ name: o.name, aliases: o.aliases ?? [], kind: o.kind ?? 'organization', country: o.country }));
  const places = (readJson<GazPlace>(gazetteerDir, 'places.json', fromFiles) ?? FALLBACK_PLACES)
    .filter((p) => p.name)
    .map((p): Place => ({ name: p.name, kind: p.kind ?? 'city', country: p.country, aliases: p.aliases ?? [] }));
  const people = (readJson<GazPerson>(gazetteerDir, 'people.json', fromFiles) ?? FALLBACK_PEOPLE)
    .filter((p) => p.name && p.roles && p.roles.length > 0)
    .map((p): Person => ({
      name: p.name, variants: p.aliases ?? [], title: p.roles![0]!.title, of: p.roles![0]!.of, surname: surnameOf(p.name),
    }));
  return {
    countries: focusFirst(countries, FOCUS_COUNTRIES),
    organizations: focusFirst(organizations, FOCUS_ORGS).filter((o) => !countries.some((c) => c.seats.includes(o.name))),
    places: focusFirst(places, FOCUS_PLACES),
    people,
    sources: SOURCES,
    fromFiles,
  };
}
