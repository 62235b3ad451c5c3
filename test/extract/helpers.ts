// Builds an Article from a bit of text for extractor tests.
import type { Article } from '../../src/graph/types.js';

export function article(text: string, index = 0, prefix = ''): Article {
  return { id: `t${index}`, key: `test.txt#${index}`, file: 'test.txt', index, start: prefix.length, end: prefix.length + text.length, text };
}
