// Neo4j values → plain JS at the store boundary: Integer → number (string when beyond 2^53),
// temporal → ISO string, nodes/relationships/paths → plain objects. Everything above the store sees JSON.
import neo4j from 'neo4j-driver';

export type Row = Record<string, unknown>;

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Row;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Row;
}

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? bigintToNative(value) : value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toNative);
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: toNativeObject(value.properties) } satisfies PlainNode;
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toNativeObject(value.properties),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toNative),
      relationships: value.segments.map((s) => toNative(s.relationship)),
    };
  }
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    return { srid: toNative(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return toNativeObject(value as Row);
}

export function toNativeObject(object: Row): Row {
  const out: Row = {};
  for (const [key, v] of Object.entries(object)) out[key] = toNative(v);
  return out;
}

function bigintToNative(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}
