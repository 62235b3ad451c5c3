// Regular English verb forms from a lexicon entry 'lemma|irregular|forms'.

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function past(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

function gerund(v: string): string {
  if (/[^e]e$/.test(v)) return `${v.slice(0, -1)}ing`;
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  return `${v}ing`;
}

/** All forms of a verb entry: "strike|struck|striking" → strike, strikes, striking, striked, struck (extra regular forms are harmless). */
export function verbForms(entry: string): string[] {
  const [lemma, ...irregular] = entry.split('|').map((s) => s.trim().toLowerCase());
  if (!lemma) return [];
  // a phrasal verb inflects its verb, not its particle: "point out" → "points out", "pointed out", "pointing out"
  const [verb, ...particle] = lemma.split(/\s+/);
  const rest = particle.length ? ` ${particle.join(' ')}` : '';
  return [...new Set([lemma, thirdPerson(verb!) + rest, gerund(verb!) + rest, past(verb!) + rest, ...irregular])];
}
