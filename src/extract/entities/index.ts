// Entity mentions of a sentence: gazetteer names first (longest match), organization names built on
// them, then other proper names; titles attached to people.
import type { Gazetteer } from '../gazetteer/index.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence } from '../text/parse.js';
import { matchGazetteer } from './gazetteer-match.js';
import { mergeInstitutions } from './institutions.js';
import { matchNames } from './names.js';
import { attachTitles } from './titles.js';
import type { Mention } from './mention.js';

export function sentenceMentions(sentence: Sentence, gaz: Gazetteer, lex: Lexicon): Mention[] {
  const covered = new Uint8Array(sentence.tokens.length);
  let mentions = matchGazetteer(sentence, gaz, lex);
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  mentions = mergeInstitutions(sentence, mentions, covered, gaz, lex);
  const names = matchNames(sentence, covered, lex);
  const all = [...mentions, ...names].sort((a, b) => a.first - b.first);
  attachTitles(sentence, all, lex);
  return all;
}

export type { Mention } from './mention.js';
