// Keys for matching surface forms: case-folded, accents and punctuation removed, possessives dropped.

const DIACRITICS = /[\u0300-\u036f]/g;

/** Key of one token: "Russia’s" → "russia", "U.S." → "us", "Zelenskyy" → "zelenskyy". */
export function tokenKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/['’`´]s$/, '')
    .replace(/s['’]$/, 's')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Token keys of a name as the article tokenizer would split it ("Kim Jong-un" → kim, jong, un). */
export function nameKeys(name: string): string[] {
  return name
    .split(/[\s\-–—/]+/)
    .map(tokenKey)
    .filter((k) => k.length > 0);
}

/** Key of a whole name, for comparing names: "the U.S. Department" → "us department". */
export function nameKey(name: string): string {
  const keys = nameKeys(name);
  if (keys[0] === 'the' && keys.length > 1) keys.shift();
  return keys.join(' ');
}

/**
 * A looser key for spelling variants of transliterated names: Zelensky / Zelenskyy / Zelenskiy,
 * Sergey / Sergei, Serhiy / Serhii, Maksim / Maxim all collapse to one form.
 */
export function variantKey(name: string): string {
  return nameKeys(name)
    .map((k) =>
      k
        .replace(/ks/g, 'x')
        .replace(/(.)\1+/g, '$1')
        .replace(/(ii|iy|yi|ij)/g, 'y')
        .replace(/i$/, 'y')
        .replace(/[aeiouy]+$/, (m) => (m.includes('y') ? 'y' : m)),
    )
    .join(' ');
}

/** True when the text starts with an upper-case letter (or digit-free acronym). */
export function isCapitalized(text: string): boolean {
  return /^[\p{Lu}]/u.test(text);
}

/** True for all-caps acronyms like NATO, GUR, U.S., UAE (2+ letters). */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[.'’s]+$/u, '').replace(/\./g, '');
  return letters.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}
