// zod shapes of the gazetteer files in data/gazetteers/ (documented in data/gazetteers/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { GAZETTEER_DIR } from '../../src/paths.js';

/** A surface form: non-empty, trimmed, no doubled spaces, never a bare leading lowercase "the ". */
const surface = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), 'untrimmed or doubled whitespace')
  .refine((s) => !s.startsWith('the '), 'starts with "the " (the extractor strips articles)');

const year = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'year as YYYY, YYYY-MM or YYYY-MM-DD');

export const countrySchema = z.strictObject({
  name: surface,
  iso2: z.string().regex(/^[A-Z]{2}$/),
  aliases: z.array(surface),
  demonyms: z.array(surface),
  capital: surface,
  seats: z.array(surface),
  capitalAliases: z.array(surface).optional(),
});

export const ORG_KINDS = [
  'alliance', 'intergovernmental', 'agency', 'ministry', 'military', 'intelligence', 'company',
  'media', 'institute', 'parliament', 'party', 'court', 'ngo',
] as const;
export const organizationSchema = z.strictObject({
  name: surface,
  aliases: z.array(surface),
  kind: z.enum(ORG_KINDS),
  country: surface.optional(),
});

export const PLACE_KINDS = [
  'city', 'region', 'sea', 'ocean', 'continent', 'subregion', 'base', 'peninsula', 'river', 'island',
  'strait', 'gulf', 'mountain', 'area', 'facility',
] as const;
export const placeSchema = z.strictObject({
  name: surface,
  kind: z.enum(PLACE_KINDS),
  country: surface.optional(),
  aliases: z.array(surface),
});

export const roleSchema = z.strictObject({
  title: surface,
  of: surface,
  from: year.optional(),
  to: year.optional(),
});
export const personSchema = z.strictObject({
  name: surface,
  aliases: z.array(surface),
  roles: z.array(roleSchema).min(1),
});

export type Country = z.infer<typeof countrySchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Person = z.infer<typeof personSchema>;

export function readGazetteer<T>(file: string, schema: z.ZodType<T>): T[] {
  const raw: unknown = JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8'));
  return z.array(schema).parse(raw);
}

/** Every surface form of an entry's names, lower-cased, for collision checks. */
export function key(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/** Map each surface form to the set of entry names it stands for. */
export function surfaceIndex<T>(entries: T[], forms: (e: T) => string[], id: (e: T) => string): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const f of forms(e)) {
      const k = key(f);
      const set = index.get(k) ?? new Set<string>();
      set.add(id(e));
      index.set(k, set);
    }
  }
  return index;
}

export function collisions(index: Map<string, Set<string>>): string[] {
  return [...index].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k} → ${[...ids].join(' | ')}`);
}

export function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values.map(key)) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}
