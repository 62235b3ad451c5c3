// Cue lexicons (data/lexicons/*.json), validated and compiled into token-key lookups.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../errors.js';
import { LEXICON_DIR } from '../../paths.js';
import { RELATION_TYPES, EVENT_TYPES, type RelationType, type EventType } from '../../graph/ontology.js';
import { nameKeys } from '../text/normalize.js';
import { createTrie, trieInsert, type TrieNode } from '../gazetteer/trie.js';
import { verbForms } from './inflect.js';

const list = z.array(z.string()).default([]);
const TitlesSchema = z.object({ leads: list, member: list, modifiers: list, memberPrefixes: list, honorifics: list });
const EntitiesSchema = z.object({ organizationHeads: list, placeHeads: list, notNames: list, placeWords: list, institutions: list, genericNouns: list, personNouns: list, nameParticles: list });
const CueSchema = z.object({ verbs: list, nouns: list, receive: list, prepositions: list });
const RelationsSchema = z.object({ items: list, cues: z.record(z.string(), CueSchema) }).passthrough();
const ClaimsSchema = z.object({
  attributionVerbs: list, attributionPhrases: list, attributionNouns: list, hedges: list, denials: list, negations: list,
  hypotheticals: list,
});
const EventsSchema = z.object({ triggers: z.record(z.string(), list), defensive: list, notDeployed: list, troops: list, forceNouns: list, troopTriggers: list });
const FiguresSchema = z.object({
  units: z.record(z.string(), list),
  currencies: z.record(z.string(), z.string()),
  multipliers: z.record(z.string(), z.number()),
  kinds: z.object({ casualties: list, captured: list, 'unit-size': list, deployed: list, subcount: list }),
});

export interface PhraseSet {
  trie: TrieNode<string>;
  /** single-token entries, for O(1) checks */
  words: Set<string>;
  /** every token of every entry */
  tokens: Set<string>;
}

export interface RelationCues {
  verbs: Set<string>;
  nouns: PhraseSet;
  receive: Set<string>;
  prepositions: Set<string>;
}

export interface Lexicon {
  titles: { leads: PhraseSet; member: PhraseSet; modifiers: PhraseSet; memberPrefixes: Set<string>; honorifics: Set<string> };
  entities: {
    orgHeads: Set<string>; placeHeads: PhraseSet; notNames: Set<string>; placeWords: Set<string>; institutions: PhraseSet;
    /** head nouns that alone name no one ("Embassy", "TV", "Airport", "Ministry") */
    genericNouns: Set<string>;
    /** nouns that say the name next to them is a person's ("laureate Ales X", "her sister, Tania Y") */
    personNouns: Set<string>;
    /** lower-case particles inside names ("al-Houthi", "al Qaeda", "bin Salman", "van der Leyen") */
    nameParticles: Set<string>;
  };
  relations: Partial<Record<RelationType, RelationCues>>;
  /** materiel words: what SUPPLIES carries */
  items: PhraseSet;
  claims: {
    attributionVerbs: Set<string>; attributionPhrases: PhraseSet; attributionNouns: Set<string>;
    hedges: PhraseSet; denials: PhraseSet; negations: Set<string>;
    /** frames of a hypothetical: "a scenario in which", "in the event of", "war games" */
    hypotheticals: PhraseSet;
  };
  events: Map<EventType, PhraseSet>;
  /** every event trigger phrase → its event type */
  eventTriggers: TrieNode<EventType>;
  /** attack triggers told from the defender's side ("intercepted 16 Russian drones") */
  defensive: PhraseSet;
  /** words before a troop noun that make its people no force sent anywhere ("released soldiers", "captured troops") */
  notDeployed: Set<string>;
  /** words for armed forces as people ("troops", "soldiers", "contingent"): one list for deployments, events and figures */
  troops: Set<string>;
  /** nouns for a state's forces as a whole ("the Russian military", "North Korea's deployment") */
  forceNouns: Set<string>;
  /** troop nouns that, as a Deployment trigger, need a sending state and a host ("North Korean troops in Russia") */
  troopTriggers: Set<string>;
  figures: {
    units: TrieNode<string>; currencies: Map<string, string>; multipliers: Map<string, number>;
    /** words that tell what a figure counts (figures.json "kinds") */
    kinds: { casualties: PhraseSet; captured: PhraseSet; unitSize: PhraseSet; deployed: PhraseSet; subcount: Set<string> };
  };
}

export function phraseSet(phrases: readonly string[], tag = (p: string) => p): PhraseSet {
  const trie = createTrie<string>();
  const words = new Set<string>();
  const tokens = new Set<string>();
  for (const p of phrases) {
    const keys = nameKeys(p);
    trieInsert(trie, keys, tag(p));
    if (keys.length === 1) words.add(keys[0]!);
    for (const k of keys) tokens.add(k);
  }
  return { trie, words, tokens };
}

const verbSet = (entries: readonly string[]) => new Set(entries.flatMap(verbForms));

export interface LexiconInput {
  titles: unknown; entities: unknown; relations: unknown; claims: unknown; events: unknown; figures: unknown;
}

export function buildLexicon(input: LexiconInput): Lexicon {
  const titles = TitlesSchema.parse(input.titles);
  const entities = EntitiesSchema.parse(input.entities);
  const relations = RelationsSchema.parse(input.relations);
  const claims = ClaimsSchema.parse(input.claims);
  const events = EventsSchema.parse(input.events);
  const figures = FiguresSchema.parse(input.figures);
  const rel: Partial<Record<RelationType, RelationCues>> = {};
  for (const [type, cues] of Object.entries(relations.cues)) {
    if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relation type ${type}`);
    rel[type as RelationType] = {
      verbs: verbSet(cues.verbs),
      nouns: phraseSet(cues.nouns),
      receive: verbSet(cues.receive),
      prepositions: new Set(cues.prepositions),
    };
  }
  const ev = new Map<EventType, PhraseSet>();
  const eventTriggers = createTrie<EventType>();
  for (const [type, triggers] of Object.entries(events.triggers)) {
    if (!(EVENT_TYPES as readonly string[]).includes(type)) throw new Error(`unknown event type ${type}`);
    ev.set(type as EventType, phraseSet(triggers));
    for (const t of triggers) trieInsert(eventTriggers, nameKeys(t), type as EventType);
  }
  const units = createTrie<string>();
  for (const [unit, words] of Object.entries(figures.units)) for (const w of words) trieInsert(units, nameKeys(w), unit);
  return {
    titles: {
      leads: phraseSet(titles.leads),
      member: phraseSet(titles.member),
      modifiers: phraseSet(titles.modifiers),
      memberPrefixes: new Set(titles.memberPrefixes),
      honorifics: new Set(titles.honorifics),
    },
    entities: {
      orgHeads: new Set(entities.organizationHeads),
      placeHeads: phraseSet(entities.placeHeads),
      notNames: new Set(entities.notNames),
      placeWords: new Set(entities.placeWords),
      institutions: phraseSet(entities.institutions),
      genericNouns: new Set(entities.genericNouns),
      personNouns: new Set(entities.personNouns),
      nameParticles: new Set(entities.nameParticles),
    },
    relations: rel,
    items: phraseSet(relations.items),
    claims: {
      attributionVerbs: verbSet(claims.attributionVerbs),
      attributionPhrases: phraseSet(claims.attributionPhrases),
      attributionNouns: new Set(claims.attributionNouns),
      hedges: phraseSet(claims.hedges),
      denials: phraseSet(claims.denials),
      negations: new Set(claims.negations),
      hypotheticals: phraseSet(claims.hypotheticals),
    },
    events: ev,
    eventTriggers,
    defensive: phraseSet(events.defensive),
    notDeployed: new Set(events.notDeployed),
    troops: new Set(events.troops),
    forceNouns: new Set(events.forceNouns),
    troopTriggers: new Set(events.troopTriggers),
    figures: {
      units,
      currencies: new Map(Object.entries(figures.currencies)),
      multipliers: new Map(Object.entries(figures.multipliers)),
      kinds: {
        casualties: phraseSet(figures.kinds.casualties), captured: phraseSet(figures.kinds.captured),
        unitSize: phraseSet(figures.kinds['unit-size']), deployed: phraseSet(figures.kinds.deployed), subcount: new Set(figures.kinds.subcount),
      },
    },
  };
}

const FILES = ['titles', 'entities', 'relations', 'claims', 'events', 'figures'] as const;

export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  const input: Record<string, unknown> = {};
  for (const f of FILES) {
    const file = join(dir, `${f}.json`);
    try {
      input[f] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`lexicon: ${file}: ${(e as Error).message}`, { cause: e });
    }
  }
  try {
    return buildLexicon(input as unknown as LexiconInput);
  } catch (e) {
    throw new ConfigError(`lexicon: ${dir}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

let cached: Lexicon | undefined;
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
