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
  definedAcronyms(sentence, all);
  attachTitles(sentence, all, lex);
  return all;
}

/**
 * "Bharat Petroleum (BPCL)", "the Industrial and Commercial Bank of China (ICBC)": an acronym in parentheses
 * right after a name defines it; one entity, the acronym its alias.
 */
function definedAcronyms(sentence: Sentence, mentions: Mention[]): void {
  const { tokens } = sentence;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const a = mentions[i + 1]!;
    if (a.first !== m.last + 1 || a.first !== a.last || !/\(\s*$/.test(tokens[m.last]!.post + tokens[a.first]!.pre) || !/^\)/.test(tokens[a.last]!.post)) continue;
    if (!/^[A-Z][A-Z0-9&-]{1,9}$/.test(tokens[a.first]!.text) || m.label === 'Person') continue;
    a.label = m.label;
    a.name = m.name;
  }
}

export type { Mention } from './mention.js';
