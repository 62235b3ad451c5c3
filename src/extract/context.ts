// What every relation and event rule sees for one sentence.
import type { Gazetteer } from './gazetteer/index.js';
import type { Lexicon } from './lexicon/index.js';
import type { Sentence } from './text/parse.js';
import type { Mention } from './entities/mention.js';
import type { LocalEntity } from './entities/coref.js';
import type { Claim } from './claims/attribution.js';
import type { CandidateSink } from './rules/types.js';

export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[]; // sorted by position, keys set
  claim: Claim;
  /** the running rule's own candidates (a fresh sink per rule run: no rule sees another's output) */
  out: CandidateSink;
  entities: Map<string, LocalEntity>;
  gaz: Gazetteer;
  lex: Lexicon;
}
