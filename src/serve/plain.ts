// Neo4j values → plain JSON: Integers become numbers (the API's counts are far below 2^53),
// temporal values become ISO strings, nested maps and lists are converted recursively.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v)) return String(v);
    if (typeof (v as { toObject?: unknown }).toObject === 'function' && 'keys' in v) {
      return toPlain((v as unknown as { toObject(): Record<string, unknown> }).toObject());
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
