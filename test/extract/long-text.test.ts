// Work on any input is bounded: a long run with no sentence end (a scraped page, a PDF dump) is cut into
// pieces compromise parses one at a time, so parse time grows linearly; offsets still point into the text.
import { parsePieces, parseText, MAX_RUN_CHARS } from '../../src/extract/text/parse.js';

function unpunctuated(chars: number): string {
  const words = ['russia', 'sent', 'troops', 'to', 'the', 'front', 'and', 'Kyiv', 'said', 'that', 'drones', 'hit', 'Odesa', 'overnight'];
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${words[(i * 7) % words.length]} `;
  return text;
}

test('pieces cover the text exactly, none longer than the bound', () => {
  const text = `${unpunctuated(30_000)}\nA short line.\n${unpunctuated(9_000)}`;
  const pieces = parsePieces(text);
  expect(pieces[0]![0]).toBe(0);
  expect(pieces[pieces.length - 1]![1]).toBe(text.length);
  for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
  for (const [a, b] of pieces) expect(b - a).toBeLessThanOrEqual(MAX_RUN_CHARS);
});

test('an unpunctuated text gives sentences within the bound, with exact offsets', () => {
  const text = unpunctuated(60_000);
  const sentences = parseText(text);
  expect(sentences.length).toBeGreaterThanOrEqual(30);
  for (const s of sentences) {
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_RUN_CHARS);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
});

test('ordinary prose is cut only at line breaks', () => {
  const text = 'Russia struck Odesa overnight. Kyiv said drones hit the port.\nNATO condemned the attack.';
  expect(parsePieces(text)).toEqual([[0, 62], [62, text.length]]);
  expect(parseText(text).map((s) => s.text)).toEqual(['Russia struck Odesa overnight.', 'Kyiv said drones hit the port.', 'NATO condemned the attack.']);
});
