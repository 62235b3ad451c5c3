// He / she / his / her → the person last named (within the last two sentences), so that "He warned
// NATO" after "Putin spoke" reads as Putin. Pronoun mentions feed relations and events only; they do
// not count as mentions or aliases of the entity.
import type { Sentence } from '../text/parse.js';
import type { Mention } from './mention.js';

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const REACH = 2; // sentences

const PEOPLE_NOUNS = /^(leaders|presidents|heads|ministers|men|women|officials|diplomats|envoys|counterparts)$/;
const STATE_NOUNS = /^(countries|nations|states|governments|capitals|sides|neighbours|neighbors|allies)$/;
const PLURAL_REACH = 3; // sentences

/** Distinct entities of `label` named last before token `i` (this sentence first, then the last sentences). */
function lastNamed(recent: Mention[], named: Mention[], i: number, si: number, label: string, n: number, accept: (m: Mention) => boolean = () => true): Mention[] {
  const pool = [...recent.filter((m) => si - m.sentence <= PLURAL_REACH), ...named.filter((m) => m.last < i)];
  const out: Mention[] = [];
  for (const m of pool.reverse()) {
    if (m.label !== label || !accept(m) || out.some((x) => x.key === m.key)) continue;
    out.push(m);
    if (out.length === n) break;
  }
  return out;
}

export function pronounMentions(sentences: Sentence[], perSentence: Mention[][]): Mention[][] {
  let last: Mention | undefined;
  const recent: Mention[] = [];
  return sentences.map((s, si) => {
    const named = perSentence[si]!;
    const out: Mention[] = [];
    for (const t of s.tokens) {
      // "the two leaders", "both countries", "the two sides": the last two people or states named
      const det = s.tokens[t.i - 1]?.key === 'two' && s.tokens[t.i - 2]?.key === 'the' ? t.i - 2 : s.tokens[t.i - 1]?.key === 'both' ? t.i - 1 : -1;
      const pluralLabel = det < 0 ? undefined : PEOPLE_NOUNS.test(t.key) ? 'Person' : STATE_NOUNS.test(t.key) ? 'Country' : undefined;
      // "casualties on both sides" names no party; "between the UAE and both countries": the two are others than the UAE
      if (pluralLabel && s.tokens[det - 1]?.key !== 'on') {
        const beside = new Set(named.filter((m) => m.last < det && m.last >= det - 3).map((m) => m.key));
        const two = lastNamed(recent, named, det, si, pluralLabel, 2, (m) => !beside.has(m.key));
        if (two.length === 2) {
          const first = s.tokens[det]!;
          for (const a of two.reverse()) out.push({ ...a, surface: s.tokens.slice(det, t.i + 1).map((x) => x.text).join(' '), sentence: si, first: det, last: t.i, start: first.start, end: t.end, source: 'pronoun', possessive: t.possessive, titles: undefined, title: undefined });
        }
      }
      // "the alliance", "the bloc" (not "the alliance between …", "the BRICS bloc"): the alliance or bloc named last
      if (/^(alliance|bloc)$/.test(t.key) && s.tokens[t.i - 1]?.key === 'the' && !/^(of|between|with)$/.test(s.tokens[t.i + 1]?.key ?? '')) {
        const [body] = lastNamed(recent, named, t.i - 1, si, 'Organization', 1, (m) => /^(alliance|intergovernmental)$/.test(m.kind ?? ''));
        const first = s.tokens[t.i - 1]!;
        if (body) out.push({ ...body, surface: `the ${t.text}`, sentence: si, first: t.i - 1, last: t.i, start: first.start, end: t.end, source: 'pronoun', possessive: t.possessive, titles: undefined, title: undefined });
      }
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
      // "Germany said it would deliver …", "Britain and France announced (that) they would …": the speakers
      if ((t.key === 'it' || t.key === 'they') && !out.some((x) => x.first === t.i)) {
        for (const sp of reportedSpeakers(s, named, t.i, t.key === 'they')) {
          out.push({ ...sp, surface: t.text, sentence: si, first: t.i, last: t.i, start: t.start, end: t.end, source: 'pronoun', possessive: false, titles: undefined, title: undefined });
        }
      }
      const m = named.find((x) => x.last === t.i && x.label === 'Person');
      if (m) last = m;
    }
    recent.push(...named);
    return [...named, ...out].sort((a, b) => a.first - b.first);
  });
}

const SPEECH = /^(said|says|announced|announces|warned|warns|added|stated|insisted|pledged|promised|vowed|confirmed|declared|indicated|stressed|claimed|argued|noted|agreed|decided|signalled|signaled|threatened|hinted|acknowledged|admitted|denied)$/;

/**
 * The subject of a speech verb right before the pronoun ("X said (that) it …"): one state or body for "it", the
 * coordinated states, bodies or people ("X and Y said they …", at least two) for "they".
 */
function reportedSpeakers(s: Sentence, named: Mention[], i: number, plural: boolean): Mention[] {
  const t = s.tokens;
  let v = i - 1;
  if (t[v]?.key === 'that') v--;
  if (!t[v] || !SPEECH.test(t[v]!.key) || /[,;:]/.test(t[v]!.post)) return [];
  let e = v - 1;
  while (e >= 0 && /^(has|have|had|also|later|then|again|publicly|separately|jointly)$/.test(t[e]!.key)) e--;
  const last = named.find((m) => m.last === e && !m.possessive);
  if (!last) return [];
  if (!plural) return last.label === 'Country' || last.label === 'Organization' ? [last] : [];
  const group = [last];
  let cur = last;
  for (;;) {
    const j = cur.first - 1;
    const joined = t[j]?.key === 'and' ? j - 1 : /,/.test(t[j]?.post ?? '') ? j : -1;
    const prev = joined >= 0 ? named.find((m) => m.last === joined || (t[joined]?.key === 'the' && m.last === joined - 1)) : undefined;
    if (!prev || prev.label === 'Place') break;
    group.unshift(prev);
    cur = prev;
  }
  return group.length >= 2 ? group : [];
}
