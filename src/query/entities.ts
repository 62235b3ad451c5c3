// Entity parameters: a user names an entity by its canonical name, any alias it was seen under, or
// its id. Unknown names are a UsageError that lists the closest names in the graph.
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Store } from '../store/store.js';

export const EntityRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string(),
  aliases: z.array(z.string()).nullish().transform((v) => v ?? []),
  mentions: z.number().nullish().transform((v) => v ?? 0),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

const LABEL = `head([l IN labels(e) WHERE l <> 'Entity'] + ['Entity'])`;

/** Exact (case-insensitive) name match first, then alias, then id; ties go to the most mentioned. */
export const FIND_ENTITY = `
MATCH (e:Entity)
WHERE e.id = $name OR toLower(e.name) = toLower($name) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name))
RETURN e.id AS id, e.name AS name, ${LABEL} AS label, e.aliases AS aliases, e.mentions AS mentions
ORDER BY CASE WHEN toLower(e.name) = toLower($name) THEN 0 WHEN e.id = $name THEN 1 ELSE 2 END, e.mentions DESC, e.id
LIMIT 1`;

const ALL_NAMES = `
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, ${LABEL} AS label, e.aliases AS aliases, e.mentions AS mentions`;

/** The entity a name refers to, or undefined. */
export async function findEntity(store: Store, name: string): Promise<EntityRef | undefined> {
  const [row] = await store.read(FIND_ENTITY, { name: name.trim() }, EntityRefSchema);
  return row;
}

/** Levenshtein distance (two-row), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase(), t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/** How far `query` is from `candidate` (0 = same): substring containment counts as close. */
export function nameDistance(query: string, candidate: string): number {
  const q = query.toLowerCase().trim(), c = candidate.toLowerCase();
  if (c.includes(q) || (c.length >= 3 && q.includes(c))) return Math.abs(c.length - q.length) / Math.max(c.length, q.length) / 2;
  return editDistance(q, c) / Math.max(q.length, c.length, 1);
}

/** Canonical names of the entities whose name or an alias is closest to `name` (at most `limit`). */
export function rankCloseMatches(name: string, entities: readonly EntityRef[], limit = 5): string[] {
  const scored = entities.map((e) => ({
    e,
    d: Math.min(nameDistance(name, e.name), ...e.aliases.map((a) => nameDistance(name, a))),
  }));
  return scored
    .filter((s) => s.d <= 0.5)
    .sort((a, b) => a.d - b.d || b.e.mentions - a.e.mentions || a.e.name.localeCompare(b.e.name))
    .slice(0, limit)
    .map((s) => `${s.e.name} (${s.e.label})`);
}

export async function closeMatches(store: Store, name: string, limit = 5): Promise<string[]> {
  return rankCloseMatches(name, await store.read(ALL_NAMES, {}, EntityRefSchema), limit);
}

/** Resolves a user-given name, alias or id; unknown → UsageError naming close matches. */
export async function resolveEntity(store: Store, name: string, what = 'entity'): Promise<EntityRef> {
  const found = await findEntity(store, name);
  if (found) return found;
  const close = await closeMatches(store, name);
  const hint = close.length ? ` Did you mean: ${close.join(', ')}?` : ' No entity has a similar name or alias.';
  throw new UsageError(`query: no ${what} named "${name}" in the graph.${hint}`);
}
