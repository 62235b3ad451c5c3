// Pure text helpers of the viewer (no DOM), unit-tested in test/viewer.

/**
 * A sentence cut into pieces, the given names (whole words, any case, longest first) flagged: the
 * panel wraps those in <mark> so the reader sees which words a relation was read from.
 */
export function termSpans(sentence: string, terms: string[]): Array<{ text: string; mark: boolean }> {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ text: sentence, mark: false }];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Array<{ text: string; mark: boolean }> = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    if (m.index > last) out.push({ text: sentence.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < sentence.length || out.length === 0) out.push({ text: sentence.slice(last), mark: false });
  return out;
}

/** The status line: "46 entities · 211 relations shown · 9 filtered out · view holds 55 of the 186 entities in the database". */
export function statusCounts(shown: number, relations: number, loaded: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const parts = [`${n(shown)} entit${shown === 1 ? 'y' : 'ies'} · ${n(relations)} relation${relations === 1 ? '' : 's'} shown`];
  if (loaded > shown) parts.push(`${n(loaded - shown)} filtered out`);
  if (total > loaded) parts.push(`view holds ${n(loaded)} of the ${n(total)} entities in the database`);
  return parts.join(' · ');
}
