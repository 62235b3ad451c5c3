// Figures: numbers with their units ("10,000 troops", "$400 million", "95 prisoners").
import type { SentenceContext } from '../context.js';
import type { Article, Figure } from '../../graph/types.js';
import type { FigureKind } from '../../graph/ontology.js';
import type { Sentence } from '../text/parse.js';
import type { Lexicon, PhraseSet } from '../lexicon/index.js';
import { trieLongest } from '../gazetteer/trie.js';

const NUMBER = /^[$€£]?\d[\d,]*(?:\.\d+)?$/;
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, dozen: 12, hundred: 100, hundreds: 100, thousand: 1000, thousands: 1000 };
const SKIP = /^(of|more|than|additional|new|north|south|korean|russian|ukrainian|iranian|american|chinese|western|military|civilian|combat|enemy|more|other|active|elite|\p{Lu}.*)$/u;

export function sentenceFigures(ctx: SentenceContext, article: Article): Figure[] {
  const tokens = ctx.sentence.tokens;
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | undefined;
    let currency: string | undefined;
    if (NUMBER.test(t.text)) {
      const sym = /^[$€£]/.exec(t.text)?.[0];
      if (sym) currency = ctx.lex.figures.currencies.get(sym);
      value = Number(t.text.replace(/[$€£,]/g, ''));
    } else if (WORD_NUMBERS[t.key] && tokens[i + 1] && !NUMBER.test(tokens[i + 1]!.text)) {
      value = WORD_NUMBERS[t.key];
    }
    if (value === undefined || Number.isNaN(value)) continue;
    if (/^(19|20)\d\d$/.test(t.text) && !currency) continue; // a year
    let j = i + 1;
    const mult = ctx.lex.figures.multipliers.get(tokens[j]?.key ?? '');
    if (mult) {
      value *= mult;
      j++;
    }
    const cur = ctx.lex.figures.currencies.get(tokens[j]?.key ?? '');
    if (cur && !currency) {
      currency = cur;
      j++;
    }
    let unit = currency;
    let end = j - 1;
    if (!unit) {
      let k = j;
      while (k < tokens.length && k - j < 3 && !trieLongest(ctx.lex.figures.units, k, tokens.length, (x) => tokens[x]!.key) && SKIP.test(tokens[k]!.text)) k++;
      const u = trieLongest(ctx.lex.figures.units, k, tokens.length, (x) => tokens[x]!.key);
      if (!u) continue;
      unit = u.values[0]!;
      end = k + u.length - 1;
    }
    const a = tokens[i]!;
    const b = tokens[end]!;
    out.push({
      value, unit, kind: figureKind(ctx.sentence, i, end, currency !== undefined, ctx.lex), text: ctx.sentence.text.slice(a.start - ctx.sentence.start, b.end - ctx.sentence.start),
      ...(ctx.claim.attributedTo ? { attributedTo: ctx.claim.attributedTo } : {}),
      articleId: article.id, sentence: ctx.sentence.text,
      start: article.start + a.start, end: article.start + b.end,
    });
    i = end;
  }
  return out;
}

function phraseWithin(sentence: Sentence, set: PhraseSet, from: number, to: number): boolean {
  const { tokens } = sentence;
  for (let k = Math.max(0, from); k <= Math.min(tokens.length - 1, to); k++) {
    if (/[;:]/.test(tokens[k - 1]?.post ?? '') && k > from) break;
    if (trieLongest(set.trie, k, tokens.length, (x) => tokens[x]!.key)) return true;
  }
  return false;
}

/**
 * What the figure at tokens [first, last] counts, from the words around it (figures.json "kinds"): money; a
 * sub-count ("500 officers") or a unit's size ("6,000 per brigade") is never a deployment total; losses
 * ("4,000 killed or wounded") and captives are their own kinds; people sent somewhere are deployed.
 */
export function figureKind(sentence: Sentence, first: number, last: number, money: boolean, lex: Lexicon): FigureKind {
  if (money) return 'money';
  const { tokens } = sentence;
  const kinds = lex.figures.kinds;
  if (kinds.subcount.has(tokens[last]!.key)) return 'other';
  if (phraseWithin(sentence, kinds.unitSize, last + 1, last + 2) || phraseWithin(sentence, kinds.unitSize, first - 3, first - 1)) return 'unit-size';
  if (phraseWithin(sentence, kinds.casualties, first, last + 8) || phraseWithin(sentence, kinds.casualties, first - 2, first - 1)) return 'casualties';
  if (phraseWithin(sentence, kinds.captured, last + 1, last + 8) || phraseWithin(sentence, kinds.captured, first - 3, first - 1)) return 'captured';
  if (lex.troops.has(tokens[last]!.key) &&
    (phraseWithin(sentence, kinds.deployed, last + 1, last + 6) || phraseWithin(sentence, kinds.deployed, first - 4, first - 1))) return 'deployed';
  return 'other';
}

