import { luceneAutocomplete, luceneTerms } from '../../src/serve/lucene.js';

describe('lucene', () => {
  test.each([
    ['North Korea', '"north korea"^3 OR (north AND (korea* OR korea))'],
    ['pyong', '(pyong* OR pyong)'],
    ['Kim Jong-un', '"kim jong un"^3 OR (kim AND jong AND (un* OR un))'],
    ['"(*:~ ^[OR]', '(or* OR or)'],
    ['  ', null],
    ['***', null],
  ])('%j → %j', (text, query) => {
    expect(luceneAutocomplete(text)).toBe(query);
  });

  test('terms are bounded', () => {
    expect(luceneTerms('a b c d e f g h i j k')).toHaveLength(8);
  });
});
