import { describe, expect, it } from '@jest/globals';
import { formatRows } from '../../src/query/format.js';
import { parseParamPairs } from '../../src/query/run.js';
import { UsageError } from '../../src/errors.js';

const rows = [
  { name: 'North Korea', n: 3, tags: ['troops', 'shells'] },
  { name: 'Iran, Islamic Republic', n: null, tags: [] },
];

describe('formatRows', () => {
  it.each([
    ['json', JSON.stringify(rows, null, 2) + '\n'],
    ['csv', 'name,n,tags\r\nNorth Korea,3,"[""troops"",""shells""]"\r\n"Iran, Islamic Republic",,[]\r\n'],
    [
      'table',
      [
        'name                   | n | tags',
        '-----------------------+---+--------------------',
        'North Korea            | 3 | ["troops","shells"]',
        'Iran, Islamic Republic |   | []',
        '(2 rows)',
        '',
      ].join('\n'),
    ],
  ] as const)('renders %s', (format, expected) => {
    expect(formatRows(rows, format, ['name', 'n', 'tags'])).toBe(expected);
  });

  it('writes formula cells from article text as text, like export --format csv (one CSV writer)', () => {
    const rows = [{ title: '=HYPERLINK("http://x","click")', sentence: '=1+1', n: -5, at: '@SUM(A1)' }];
    expect(formatRows(rows, 'csv', ['title', 'sentence', 'n', 'at'])).toBe('title,sentence,n,at\r\n"\'=HYPERLINK(""http://x"",""click"")",\'=1+1,-5,\'@SUM(A1)\r\n');
  });

  it('keeps the header of an empty result in the given column order', () => {
    expect(formatRows([], 'csv', ['b', 'a'])).toBe('b,a\r\n');
    expect(formatRows([], 'table', ['b', 'a'])).toBe('b | a\n--+--\n(0 rows)\n');
  });

  it('shows fractions to 3 decimals in the table only, never rounded up to a whole number', () => {
    const conf = [{ c: 0.9999999978395098 }, { c: 0.33000000000000007 }, { c: 0.75 }, { c: 21 }];
    expect(formatRows(conf, 'table').split('\n').slice(2, 6)).toEqual(['0.999', '0.330', '0.750', '21']);
    expect(formatRows(conf, 'csv')).toContain('0.9999999978395098');
  });

  it('clips long table cells to one line', () => {
    const out = formatRows([{ s: `line one\nline two ${'x'.repeat(200)}` }], 'table');
    const cell = out.split('\n')[2]!;
    expect(cell.length).toBe(80);
    expect(cell.startsWith('line one line two')).toBe(true);
    expect(cell.endsWith('…')).toBe(true);
  });
});

describe('parseParamPairs', () => {
  it.each([
    [['n=42'], { n: 42 }],
    [['c=0.5'], { c: 0.5 }],
    [['b=true'], { b: true }],
    [['names=["Russia","Iran"]'], { names: ['Russia', 'Iran'] }],
    [['name=North Korea'], { name: 'North Korea' }],
    [['q="42"'], { q: '42' }],
    [['eq=a=b'], { eq: 'a=b' }],
    [['empty='], { empty: '' }],
  ])('%j → %j', (pairs, expected) => {
    expect(parseParamPairs(pairs)).toEqual(expected);
  });

  it.each([['novalue'], ['=x'], ['bad-name=1']])('rejects %s as a usage error', (pair) => {
    expect(() => parseParamPairs([pair])).toThrow(UsageError);
  });
});
