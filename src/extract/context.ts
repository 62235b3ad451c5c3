// What every relation and event rule sees for one sentence.
import type { Gazetteer } from './gazetteer/index.js';
import type { Lexicon } from './lexicon/index.js';
import type { Sentence } from './text/parse.js';
import type { Mention } from './entities/mention.js';
import type { LocalEntity } from './entities/coref.js';
import type { Claim } from './claims/attribution.js';
import type { RelationSet } from './builder.js';

export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[]; // sorted by position, keys set
  claim: Claim;
  relations: RelationSet;
  entities: Map<string, LocalEntity>;
  gaz: Gazetteer;
  lex: Lexicon;
}
