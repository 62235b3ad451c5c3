// Organization names built on a country or organization: "UN Human Rights Council",
// "Diplomatic Academy of Ukraine", "Russia's defense ministry" → Russian Defense Ministry.
import type { Gazetteer } from '../gazetteer/index.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence } from '../text/parse.js';
import { sentenceSlice } from './gazetteer-match.js';
import type { Mention } from './mention.js';

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
const stops = (post: string) => /[,;:()"“”!?.]/.test(post);

function orgMention(sentence: Sentence, first: number, last: number, name?: string): Mention {
  const surface = sentenceSlice(sentence, first, last);
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  return {
    label: 'Organization', name: name ?? surface, surface, sentence: sentence.index, first, last,
    start: a.start, end: b.end, source: 'institution', possessive: b.possessive,
  };
}

/**
 * Rewrites gazetteer mentions that are only the first part of a longer organization name.
 * `covered` marks the tokens of `mentions`; both are updated.
 */
export function mergeInstitutions(sentence: Sentence, mentions: Mention[], covered: Uint8Array, gaz: Gazetteer, lex: Lexicon): Mention[] {
  const { tokens } = sentence;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.label === 'Person') {
      out.push(m);
      continue;
    }
    const lastTok = tokens[m.last]!;
    // capitalised continuation with an organization head: "UN Human Rights Council"
    let j = m.last;
    let head = -1;
    let placeHead = -1;
    if (!lastTok.possessive) {
      while (j + 1 < tokens.length && tokens[j + 1]!.cap && !covered[j + 1] && !stops(tokens[j]!.post) && !tokens[j]!.possessive) {
        j++;
        if (lex.entities.orgHeads.has(tokens[j]!.key)) head = j;
        else if (lex.entities.placeHeads.words.has(tokens[j]!.key)) placeHead = j;
      }
    }
    // "Tehran Airport", "Kerch Bridge": a place's name followed by a capitalised place head is one place
    if (head < 0 && placeHead === j && placeHead > m.last && (m.label === 'Place' || m.source === 'capital')) {
      for (let k = m.first; k <= placeHead; k++) covered[k] = 1;
      const surface = sentenceSlice(sentence, m.first, placeHead);
      out.push({ ...m, label: 'Place', name: surface, surface, last: placeHead, end: tokens[placeHead]!.end, source: 'name', kind: undefined, possessive: tokens[placeHead]!.possessive });
      continue;
    }
    // "… Institute for Near East Policy", "… Institute for the Study of War"
    while (head > m.last && ['for', 'of', 'on'].includes(tokens[head + 1]?.key ?? '') && !stops(tokens[head]!.post)) {
      let k = head + 2;
      if (tokens[k]?.key === 'the') k++;
      if (!tokens[k]?.cap) break;
      while (k + 1 < tokens.length && tokens[k + 1]!.cap && !stops(tokens[k]!.post) && !tokens[k]!.possessive) k++;
      head = k;
    }
    if (head > m.last) {
      // "Russia-Africa Council": a name glued by a hyphen before it is part of the organization's name
      const glued = out.length && out[out.length - 1]!.last === m.first - 1 && tokens[m.first - 1]!.post === '-' ? out.pop()! : undefined;
      const first = glued ? glued.first : m.first;
      for (let k = first; k <= head; k++) covered[k] = 1;
      out.push(orgMention(sentence, first, head));
      continue;
    }
    // lower-case institution after a state: "Russia's defense ministry", "the Ukrainian air force"
    if ((m.label === 'Country' || (m.label === 'Place' && m.kind === 'city')) && !stops(lastTok.post)) {
      const inst = trieLongest(lex.entities.institutions.trie, m.last + 1, Math.min(tokens.length, m.last + 5), (k) => tokens[k]!.key);
      const apposed = tokens[m.last + 1 + (inst?.length ?? 0)];
      if (inst && !tokens[m.last + 1]!.cap && !(apposed && apposed.cap && !/[,.;]/.test(tokens[m.last + (inst?.length ?? 0)]!.post))) {
        const end = m.last + inst.length;
        const phrase = titleCase(sentenceSlice(sentence, m.last + 1, end));
        const prefix = m.label === 'Country' ? gaz.demonymOf.get(m.name) ?? m.name : m.surface;
        for (let k = m.first; k <= end; k++) covered[k] = 1;
        out.push(orgMention(sentence, m.first, end, `${prefix} ${phrase}`));
        continue;
      }
    }
    out.push(m);
  }
  // "Diplomatic Academy of Ukraine": a capitalised organization head, "of", then a gazetteer name
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.first < 2 || tokens[m.first - 1]!.key !== 'of') continue;
    let k = m.first - 2;
    if (covered[k] || !tokens[k]!.cap || !lex.entities.orgHeads.has(tokens[k]!.key)) continue;
    // … over "and" between capitalised words: "Industrial and Commercial Bank of China"
    while (k - 1 >= 0 && !stops(tokens[k - 1]!.post) && !tokens[k - 1]!.tags.has('Determiner') && ((tokens[k - 1]!.cap && !covered[k - 1]) || (tokens[k - 1]!.key === 'and' && k - 2 >= 0 && tokens[k - 2]!.cap && !covered[k - 2] && !stops(tokens[k - 2]!.post)))) k--;
    if (k === 0 && !tokens[k]!.tags.has('ProperNoun') && k === m.first - 2) continue;
    for (let x = k; x <= m.last; x++) covered[x] = 1;
    out[i] = orgMention(sentence, k, m.last);
  }
  return out;
}
