import { classifyLine } from '../../src/load/lines.js';

describe('classifyLine', () => {
  test.each([
    ['', 'blank'],
    ['Finland Opens New Border Crossing With Norway', 'heading'],
    ['Zelenskyy pitches ‘Victory Plan’ to EU, NATO Allies', 'heading'],
    ['An Unprecedented Alliance?', 'heading'],
    ['al-Burhan Pitches New Plan to Allies', 'heading'],
    ['de Gaulle Airport Reopens', 'heading'],
    ['World News', 'heading'],
    ['The crossing cost 40 million euros.', 'paragraph'],
    ['Officials said the talks would resume', 'paragraph'],
    ['Share this', 'boilerplate'],
    ['Advertisement', 'boilerplate'],
    ['Subscribe to our newsletter', 'boilerplate'],
    ['Related Sources:', 'boilerplate'],
    ['Most Commented', 'boilerplate'],
    ['© 2024 Example Media. All rights reserved.', 'boilerplate'],
    ['Sports3 hours ago', 'boilerplate'],
    ['Photo: Jane Doe/Example Images', 'boilerplate'],
    ['Image caption, Rescue teams worked through the night', 'boilerplate'],
    ['4 min read', 'boilerplate'],
    ['Photographers gathered outside the court on Monday.', 'paragraph'],
    ['-', 'separator'],
    ['* * *', 'separator'],
    ['By Jane Doe', 'byline'],
    ['March 4, 2024', 'dateline'],
    ['Published: 2024-03-04 10:15', 'dateline'],
  ])('%j → %s', (text, kind) => {
    expect(classifyLine(text, false).kind).toBe(kind);
  });

  test('markdown headings carry their level', () => {
    expect(classifyLine('## Costs and delays', true)).toEqual({ kind: 'heading', level: 2 });
  });
});
