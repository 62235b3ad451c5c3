// Figures: numbers with their units ("10,000 troops", "$400 million", "95 prisoners").
import type { SentenceContext } from '../context.js';
import type { Article, Figure } from '../../graph/types.js';
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
      value, unit, text: ctx.sentence.text.slice(a.start - ctx.sentence.start, b.end - ctx.sentence.start),
      ...(ctx.claim.attributedTo ? { attributedTo: ctx.claim.attributedTo } : {}),
      articleId: article.id, sentence: ctx.sentence.text,
      start: article.start + a.start, end: article.start + b.end,
    });
    i = end;
  }
  return out;
}
