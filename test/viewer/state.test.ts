// The view state survives the URL: what a shared link encodes is what it restores.
import { defaultState, stateFromUrl, stateToUrl } from '../../viewer/src/state.js';

describe('view state ↔ URL', () => {
  test('the default view is a bare URL', () => {
    expect(stateToUrl(defaultState())).toBe('');
  });

  test.each([
    '?view=alliance',
    '?view=ego&id=country%3Anorth-korea&hops=2',
    '?view=path&from=person%3Akim-jong-un&to=country%3Airan&typed=0',
    '?labels=Country%2CPerson&types=SUPPLIES%2CDEPLOYS_TO&conf=0.5&mentions=3',
    '?expand=country%3Arussia&hide=place%3Akursk&size=pagerank&color=community',
    '?focus=country%3Anorth-korea&sel=node%3Acountry%3Anorth-korea',
    '?sel=edge%3ADEPLOYS_TO%3Acountry%3Anorth-korea-%3Ecountry%3Arussia',
  ])('%s round-trips', (search) => {
    expect(stateToUrl(stateFromUrl(search))).toBe(search);
  });

  test.each([
    ['?labels=Country,Bogus', ['Country']],
    ['?labels=', []],
  ])('unknown labels are dropped: %s', (search, labels) => {
    expect([...stateFromUrl(search).labels]).toEqual(labels);
  });

  test('numbers are clamped', () => {
    const s = stateFromUrl('?view=ego&id=x&hops=99&conf=7&mentions=-4');
    expect(s.base).toEqual({ kind: 'ego', id: 'x', hops: 3 });
    expect(s.minConfidence).toBe(1);
    expect(s.minMentions).toBe(1);
  });
});
