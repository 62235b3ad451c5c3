// The cypher/ library (src/query/library.ts) behind the API: only queries that pass the read-only
// guard are offered, parameters come from the query string (each must be one the query declares,
// typed by the library's own parser), entity names are resolved, and rows are capped.
import { z } from 'zod';
import { NewsgraphError } from '../errors.js';
import { bindParams, loadLibrary, resolveEntityParams } from '../query/library.js';
import type { NamedQuery } from '../query/library.js';
import type { Store } from '../store/store.js';
import type { NamedQueries, NamedQueryInfo, NamedQueryResult } from './extensions.js';
import { HttpError } from './http.js';
import { isReadOnlyCypher } from './read-queries.js';
import { readOnlyStore } from './read-only-store.js';
import { toPlain } from './plain.js';

const RawParams = z.record(z.string().regex(/^\w{1,60}$/), z.string().max(2000)).refine((r) => Object.keys(r).length <= 20, 'too many parameters');

export function createNamedQueries(fullStore: Store, dir?: string, log?: (line: string) => void): NamedQueries {
  const store = readOnlyStore(fullStore);
  const library = new Map<string, NamedQuery>();
  for (const q of loadLibrary(dir)) {
    if (isReadOnlyCypher(q.cypher)) library.set(q.name, q);
    else log?.(`serve: named query "${q.name}" is not read-only: not served`);
  }
  return {
    list(): NamedQueryInfo[] {
      return [...library.values()].map((q) => ({
        name: q.name,
        description: q.purpose,
        params: q.params.map((p) => ({ name: p.name, type: p.type, required: false, description: `${p.description} (default ${JSON.stringify(p.default)})` })),
      }));
    },
    async run(name, raw, maxRows): Promise<NamedQueryResult | null> {
      const query = library.get(name);
      if (!query) return null;
      const parsed = RawParams.safeParse(raw);
      if (!parsed.success) throw new HttpError(400, 'invalid parameters', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      try {
        const values = await resolveEntityParams(store, query, bindParams(query, Object.entries(parsed.data).map(([k, v]) => `${k}=${v}`)));
        const result = await store.readTx((tx) => tx.run(query.cypher, values));
        const output = query.post ? query.post.run({ columns: result.columns, rows: result.rows }, values) : result;
        const rows = output.rows.map((r) => toPlain(r) as Record<string, unknown>);
        return { name, columns: output.columns, rows: rows.slice(0, maxRows), truncated: rows.length > maxRows };
      } catch (err) {
        if (err instanceof NewsgraphError && err.exitCode === 2) throw new HttpError(400, err.message);
        throw err;
      }
    },
  };
}
