// The article's text with its `skip` ranges blanked out (each character replaced by a space, line
// breaks kept), so that offsets into the result are still offsets into the original text.
import type { Article } from '../graph/types.js';

export function maskSkipped(article: Pick<Article, 'text' | 'start' | 'skip'>): string {
  if (!article.skip?.length) return article.text;
  const chars = article.text.split('');
  for (const [from, to] of article.skip) {
    for (let i = Math.max(from - article.start, 0); i < Math.min(to - article.start, chars.length); i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
}
