// He / she / his / her → the person last named (within the last two sentences), so that "He warned
// NATO" after "Putin spoke" reads as Putin. Pronoun mentions feed relations and events only; they do
// not count as mentions or aliases of the entity.
import type { Sentence } from '../text/parse.js';
import type { Mention } from './mention.js';

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const REACH = 2; // sentences

export function pronounMentions(sentences: Sentence[], perSentence: Mention[][]): Mention[][] {
  let last: Mention | undefined;
  return sentences.map((s, si) => {
    const named = perSentence[si]!;
    const out: Mention[] = [];
    for (const t of s.tokens) {
      if (PRONOUNS.has(t.key)) {
        const before = [...named].reverse().find((m) => m.label === 'Person' && m.last < t.i);
        const antecedent = before ?? (last && si - last.sentence <= REACH ? last : undefined);
        if (antecedent) {
          out.push({
            ...antecedent, surface: t.text, sentence: si, first: t.i, last: t.i, start: t.start, end: t.end,
            source: 'pronoun', possessive: t.key === 'his' || (t.key === 'her' && Boolean(s.tokens[t.i + 1]?.tags.has('Noun'))),
            titles: undefined,
          });
        }
      }
      // "its": the state or body named last in the sentence ("Russia's decision how to apply its treaty")
      if (t.key === 'its') {
        const owner = [...named].reverse().find((m) => (m.label === 'Country' || m.label === 'Organization') && m.last < t.i);
        if (owner && !/[.;:]/.test(s.tokens[t.i - 1]?.post ?? '')) {
          out.push({ ...owner, surface: t.text, sentence: si, first: t.i, last: t.i, start: t.start, end: t.end, source: 'pronoun', possessive: true, titles: undefined, title: undefined });
        }
      }
      const m = named.find((x) => x.last === t.i && x.label === 'Person');
      if (m) last = m;
    }
    return [...named, ...out].sort((a, b) => a.first - b.first);
  });
}
