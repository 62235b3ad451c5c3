// Turns what a user types into a safe Lucene query for the `entityNames` full-text index:
// every term is reduced to letters and digits (so no Lucene syntax survives), all terms are
// required, the last one is a prefix (autocomplete), and the whole phrase is boosted.
const MAX_TERMS = 8;

export function luceneTerms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
}

export function luceneAutocomplete(text: string): string | null {
  const terms = luceneTerms(text);
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  const required = terms.map((t, i) => (i === last ? `(${t}* OR ${t})` : t)).join(' AND ');
  return terms.length > 1 ? `"${terms.join(' ')}"^3 OR (${required})` : required;
}
