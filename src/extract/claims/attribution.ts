// Claims: who a sentence attributes what it says to ("according to the GUR", "the Pentagon said",
// "Ukrainian estimates suggest"), and whether it is hedged or denied.
import type { Lexicon } from '../lexicon/index.js';
import { trieLongest } from '../gazetteer/trie.js';
import type { Sentence } from '../text/parse.js';
import type { Mention } from '../entities/mention.js';

export interface Claim {
  attributedTo?: string; // entity id
  hedged?: boolean;
  denied?: boolean;
  /** the tokens a denial governs, [from, to]: "Tehran denied arming Moscow, even as Russia …" denies only the arming */
  deniedSpan?: [number, number];
  /** who denies: the subject of the denial ("Tehran") */
  denier?: string;
}

/** Where the clause that starts at `from` ends: a comma before a new clause, a semicolon, a dash. */
function clauseEnd(sentence: Sentence, from: number): number {
  const { tokens } = sentence;
  for (let i = from; i < tokens.length - 1; i++) {
    if (/[;:—–]/.test(tokens[i]!.post)) return i;
    if (/,/.test(tokens[i]!.post) && /^(even|while|but|as|although|though|whereas|and|which|who|where|after|before|despite)$/.test(tokens[i + 1]!.key)) return i;
    // ", reiterating …": a participle after a comma is a predication of its own
    if (/,/.test(tokens[i]!.post) && /ing$/.test(tokens[i + 1]!.key) && tokens[i + 1]!.tags.has('Verb')) return i;
  }
  return tokens.length - 1;
}

const SPEAKERS = new Set(['Person', 'Organization', 'Country']);

function anyPhrase(sentence: Sentence, set: Lexicon['claims']['hedges']): number {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    if (trieLongest(set.trie, i, tokens.length, (k) => tokens[k]!.key)) return i;
  }
  return -1;
}

const PREPOSITION = /^(by|of|in|for|with|to|from|at|on|about|over|against|between|among|including)$/;

/**
 * Can this mention be the subject of a reporting verb a few tokens later? Not a possessive that modifies another
 * noun ("Taiwan's energy supplies highlight"), unless that noun is a source ("Ukraine's estimates suggest"); not the
 * object of a preposition ("coined by President George W. Bush in 2002, described").
 */
function speaksHere(tokens: Sentence['tokens'], m: Mention, lex: Lexicon): boolean {
  if (m.possessive && !lex.claims.attributionNouns.has(tokens[m.last + 1]?.key ?? '')) return false;
  const start = m.title && m.title.last < m.first ? Math.min(m.first, m.title.first) : m.first;
  return !PREPOSITION.test(tokens[start - 1]?.key ?? '');
}

/** The sentence's subject: its first speaker, or the person whose title that speaker is part of ("Ukrainian President X"). */
function mainSubject(mentions: Mention[], speakers: Mention[]): Mention | undefined {
  const first = speakers[0];
  if (!first) return undefined;
  return mentions.find((p) => p.label === 'Person' && p.key && p.title && p.title.first <= first.first && first.last < p.first) ?? first;
}

/** The claim structure of one sentence; `mentions` carry resolved entity keys. */
export function sentenceClaim(sentence: Sentence, mentions: Mention[], lex: Lexicon): Claim {
  const { tokens } = sentence;
  const claim: Claim = {};
  // "his weakness, highlighting …": a possessive pronoun modifies a noun; it is never the one speaking
  const speakers = mentions.filter((m) => SPEAKERS.has(m.label) && m.key && !(m.source === 'pronoun' && m.possessive));
  // "according to X", "as reported by X"
  for (let i = 0; i < tokens.length && !claim.attributedTo; i++) {
    const p = trieLongest(lex.claims.attributionPhrases.trie, i, tokens.length, (k) => tokens[k]!.key);
    if (!p) continue;
    const after = speakers.find((m) => m.first >= i + p.length && m.first <= i + p.length + 4);
    if (after) claim.attributedTo = after.key;
  }
  // "X said", "X estimates suggest", "said X", ", X said."
  if (!claim.attributedTo) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const phrasal = tokens[i + 1] !== undefined && lex.claims.attributionVerbs.has(`${t.lower} ${tokens[i + 1]!.lower}`); // "pointed out"
      const verb = (lex.claims.attributionVerbs.has(t.lower) || phrasal) && (t.tags.has('Verb') || t.tags.has('PastTense'));
      const noun = lex.claims.attributionNouns.has(t.key) && tokens[i + 1] && lex.claims.attributionVerbs.has(tokens[i + 1]!.lower);
      if (!verb && !noun) continue;
      // "He pointed out that X …": the speaker is the pronoun's referent, or no one we know; never a name further on
      const subjectPronoun = verb && /^(he|she|they|we|i)$/.test(tokens[i - 1]?.key ?? '') && !speakers.some((m) => m.last === i - 1);
      if (subjectPronoun) break;
      // ", emphasizing …": a participle after a comma speaks for the sentence's subject, not for the nearest name
      if (verb && t.key.endsWith('ing') && /,/.test(tokens[i - 1]?.post ?? '')) {
        const subject = mainSubject(mentions, speakers);
        if (subject && subject.last < i) claim.attributedTo = subject.key;
        break;
      }
      const before = [...speakers].reverse().find((m) => m.last < i && i - m.last <= 4 && speaksHere(tokens, m, lex));
      const after = speakers.find((m) => m.first > i && m.first - i <= 2 && /^[,\s]*$/.test(tokens[i]!.post));
      const who = before ?? (t.key === 'said' || t.key === 'says' ? after : undefined);
      if (who) {
        claim.attributedTo = who.key;
        break;
      }
    }
  }
  if (anyPhrase(sentence, lex.claims.hedges) >= 0) claim.hedged = true;
  // a headline's source after a colon: "North Korea Sends 10,000 Troops to Russia: Pentagon"
  if (!claim.attributedTo) {
    const last = speakers[speakers.length - 1];
    if (last && last.last === tokens.length - 1 && /:\s*$/.test(tokens[last.first - 1]?.post ?? '')) claim.attributedTo = last.key;
  }
  const denial = anyPhrase(sentence, lex.claims.denials);
  if (denial >= 0) {
    claim.denied = true;
    // what follows the denial verb is denied; the act of denying is not
    claim.deniedSpan = [denial + 1, clauseEnd(sentence, denial)];
    const denier = [...speakers].reverse().find((m) => m.last < denial && denial - m.last <= 4);
    if (denier) claim.denier = denier.key;
  }
  return claim;
}
