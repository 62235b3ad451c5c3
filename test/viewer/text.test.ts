// The viewer's pure text helpers: names marked in evidence sentences, the status line.
import { statusCounts, termSpans } from '../../viewer/src/text.js';

const marked = (sentence: string, terms: string[]) => termSpans(sentence, terms).filter((p) => p.mark).map((p) => p.text);

describe('termSpans: the names a relation was read from', () => {
  test('marks whole words, any case, longest name first', () => {
    const s = 'North Korean troops left; Pyongyang denied it, and north korea said nothing. Koreans?';
    expect(marked(s, ['North Korea', 'North Korean', 'Pyongyang'])).toEqual(['North Korean', 'Pyongyang', 'north korea']);
  });
  test('the pieces give back the sentence exactly', () => {
    const s = 'The U.S. and Russia (Moscow) met.';
    const spans = termSpans(s, ['U.S.', 'Russia', 'Moscow']);
    expect(spans.map((p) => p.text).join('')).toBe(s);
    expect(marked(s, ['U.S.', 'Russia', 'Moscow'])).toEqual(['U.S.', 'Russia', 'Moscow']);
  });
  test('regex characters in names are literal; no name, no mark', () => {
    expect(marked('a (b) c', ['(b)'])).toEqual(['(b)']);
    expect(termSpans('Iranian drones', ['Iran'])).toEqual([{ text: 'Iranian drones', mark: false }]);
    expect(termSpans('', ['Iran'])).toEqual([{ text: '', mark: false }]);
  });
});

describe('statusCounts', () => {
  test('what is shown, what the filters took, what the view left out', () => {
    expect(statusCounts(46, 211, 46, 46)).toBe('46 entities · 211 relations shown');
    expect(statusCounts(7, 40, 46, 186)).toBe('7 entities · 40 relations shown · 39 filtered out · view holds 46 of the 186 entities in the database');
    expect(statusCounts(1, 1, 1, 0)).toBe('1 entity · 1 relation shown');
  });
});
