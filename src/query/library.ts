// The named-query library: cypher/<name>.cypher files whose header comment says what the query is
// for, which parameters it takes (type, default, meaning) and how to run it:
//
//   // Purpose: The alliance network among given countries, with every relation and its evidence.
//   // Param countries: entity[] = ["Russia", "North Korea", "Iran", "China"] — countries, by name or alias
//   // Param minConfidence: float = threshold — lowest relation confidence shown (threshold: the calibrated default)
//   // Example: newsgraph query alliance-network --param countries=Russia,Iran
//   // Post: pagerank            (optional: a post-processor run on the rows, see post.ts)
//
// Types: string, int, float, boolean, string[], entity, entity[]. `entity` parameters accept a name,
// an alias or an id; they are resolved before the query runs (unknown → error with close matches)
// and passed to Cypher as the entity's id. Defaults are JSON.
import { defaultThreshold } from '../graph/confidence-table.js';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { CYPHER_DIR } from '../paths.js';
import type { Store } from '../store/store.js';
import { resolveEntity } from './entities.js';
import { POST_PROCESSORS, type PostProcessor } from './post.js';

export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'string[]', 'entity', 'entity[]'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  default: unknown;
  description: string;
}

export interface NamedQuery {
  name: string;
  file: string;
  purpose: string;
  params: QueryParam[];
  example: string;
  post?: PostProcessor;
  cypher: string;
}

export interface QueryOutput {
  columns: string[];
  rows: Record<string, unknown>[];
}

const HEADER_LINE = /^\/\/\s?(.*)$/;
const PARAM_LINE = /^(\w+)\s*:\s*([\w[\]]+)\s*=\s*(.+?)\s+[—-]+\s+(.+)$/;

function fail(file: string, problem: string): never {
  throw new UsageError(`cypher library: ${file}: ${problem}`);
}

function checkValue(type: ParamType, value: unknown): boolean {
  switch (type) {
    case 'string': case 'entity': return typeof value === 'string';
    case 'int': return Number.isInteger(value);
    case 'float': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'string[]': case 'entity[]': return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/** Parses one query file: header fields, then the Cypher body. */
export function parseQueryFile(file: string, text: string): NamedQuery {
  const lines = text.split(/\r?\n/);
  const fields: { key: string; value: string }[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER_LINE.exec(lines[i]!.trim());
    if (!m) break;
    const body = m[1]!;
    const field = /^(Purpose|Example|Post):\s*(.*)$/.exec(body) ?? /^(Param)\s+(\w+\s*:.*)$/.exec(body);
    if (field) fields.push({ key: field[1]!, value: field[2]!.trim() });
    else if (fields.length && body.trim()) fields[fields.length - 1]!.value += ` ${body.trim()}`; // continuation line
  }
  const cypher = lines.slice(i).join('\n').trim();
  const name = basename(file, '.cypher');
  const purpose = fields.find((f) => f.key === 'Purpose')?.value;
  const example = fields.find((f) => f.key === 'Example')?.value;
  if (!purpose) fail(file, 'header has no "// Purpose:" line');
  if (!example) fail(file, 'header has no "// Example:" line');
  if (!cypher) fail(file, 'no Cypher after the header');
  const params = fields.filter((f) => f.key === 'Param').map((f): QueryParam => {
    const m = PARAM_LINE.exec(f.value);
    if (!m) fail(file, `cannot read "Param: ${f.value}" (expected "name: type = default — description")`);
    const type = m[2] as ParamType;
    if (!PARAM_TYPES.includes(type)) fail(file, `parameter ${m[1]} has unknown type ${type} (one of ${PARAM_TYPES.join(', ')})`);
    let value: unknown;
    // `float = threshold`: the calibrated default confidence threshold (data/calibration/confidence.json)
    if (type === 'float' && m[3]!.trim() === 'threshold') value = defaultThreshold();
    else try {
      value = JSON.parse(m[3]!);
    } catch {
      fail(file, `default of ${m[1]} is not JSON: ${m[3]}`);
    }
    if (!checkValue(type, value)) fail(file, `default of ${m[1]} is not a ${type}: ${m[3]}`);
    return { name: m[1]!, type, default: value, description: m[4]! };
  });
  const postName = fields.find((f) => f.key === 'Post')?.value;
  let post: PostProcessor | undefined;
  if (postName) {
    post = POST_PROCESSORS[postName];
    if (!post) fail(file, `unknown post-processor "${postName}" (one of ${Object.keys(POST_PROCESSORS).join(', ')})`);
  }
  for (const p of params) {
    if (!new RegExp(`\\$${p.name}\\b`).test(cypher) && !post?.params.includes(p.name)) {
      fail(file, `parameter ${p.name} is declared but $${p.name} is not used`);
    }
  }
  return { name, file, purpose, params, example, post, cypher };
}

/** Every query in the library, sorted by name. */
export function loadLibrary(dir: string = CYPHER_DIR): NamedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQueryFile(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

export function findQuery(name: string, dir: string = CYPHER_DIR): NamedQuery {
  const library = loadLibrary(dir);
  const query = library.find((q) => q.name === name);
  if (!query) throw new UsageError(`query: no named query "${name}" (run \`newsgraph query --list\`; known: ${library.map((q) => q.name).join(', ')})`);
  return query;
}

function parseValue(query: NamedQuery, param: QueryParam, raw: string): unknown {
  const bad = (what: string): never => {
    throw new UsageError(`query ${query.name}: --param ${param.name} must be ${what} (got ${JSON.stringify(raw)})`);
  };
  switch (param.type) {
    case 'string': case 'entity': return raw;
    case 'int': return /^-?\d+$/.test(raw.trim()) ? Number(raw) : bad('an integer');
    case 'float': return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : bad('a number');
    case 'boolean': return /^(true|yes|1)$/i.test(raw) ? true : /^(false|no|0)$/i.test(raw) ? false : bad('true or false');
    case 'string[]': case 'entity[]': {
      if (raw.trim().startsWith('[')) {
        const list = z.array(z.string()).safeParse((() => { try { return JSON.parse(raw); } catch { return undefined; } })());
        return list.success ? list.data : bad('a JSON array of strings or a comma-separated list');
      }
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
    }
  }
}

/** `k=v` pairs (from repeated --param) → typed values, defaults filled in. Unknown names are errors. */
export function bindParams(query: NamedQuery, pairs: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(query.params.map((p) => [p.name, p.default]));
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`query ${query.name}: --param expects name=value (got ${JSON.stringify(pair)})`);
    const name = pair.slice(0, eq).trim();
    const param = query.params.find((p) => p.name === name);
    if (!param) {
      const known = query.params.map((p) => p.name).join(', ') || 'none';
      throw new UsageError(`query ${query.name}: unknown parameter "${name}" (parameters: ${known})`);
    }
    values[name] = parseValue(query, param, pair.slice(eq + 1));
  }
  return values;
}

/** Replaces entity names/aliases by ids (empty strings mean "any" and stay empty). */
export async function resolveEntityParams(store: Store, query: NamedQuery, values: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out = { ...values };
  for (const p of query.params) {
    if (p.type === 'entity' && typeof out[p.name] === 'string' && (out[p.name] as string).trim()) {
      out[p.name] = (await resolveEntity(store, out[p.name] as string, `entity (--param ${p.name})`)).id;
    } else if (p.type === 'entity[]' && Array.isArray(out[p.name])) {
      const ids: string[] = [];
      for (const name of out[p.name] as string[]) ids.push((await resolveEntity(store, name, `entity (--param ${p.name})`)).id);
      out[p.name] = ids;
    }
  }
  return out;
}

/** Binds, resolves entities, runs the query (read transaction), applies its post-processor. */
export async function runNamedQuery(store: Store, query: NamedQuery, pairs: readonly string[] = []): Promise<QueryOutput> {
  const params = await resolveEntityParams(store, query, bindParams(query, pairs));
  const result = await store.readTx((tx) => tx.run(query.cypher, params));
  const output: QueryOutput = { columns: result.columns, rows: result.rows };
  return query.post ? query.post.run(output, params) : output;
}

/** `newsgraph query --list`: one block per query. */
export function describeLibrary(library: readonly NamedQuery[]): string {
  return library.map((q) => {
    const params = q.params.map((p) => `    --param ${p.name}=<${p.type}>  (default ${JSON.stringify(p.default)}) ${p.description}`);
    return [`${q.name}\n    ${q.purpose}`, ...params, `    e.g. ${q.example}`].join('\n');
  }).join('\n\n');
}
