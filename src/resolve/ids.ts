// Stable ids: derived from label + canonical name, so re-ingesting never duplicates a node or edge.
import { SYMMETRIC_TYPES, type EntityLabel, type RelationType } from '../graph/ontology.js';

/** "North Korea" → "north-korea"; non-Latin names keep their letters. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'unnamed';
}

/** `country:north-korea`, `person:volodymyr-zelensky` */
export function entityId(label: EntityLabel, canonicalName: string): string {
  return `${label.toLowerCase()}:${slug(canonicalName)}`;
}

/** `DEPLOYS_TO:country:north-korea->country:russia`; symmetric types with sorted endpoints and `--`. */
export function relationId(type: RelationType, source: string, target: string): string {
  if (SYMMETRIC_TYPES.has(type)) {
    const [a, b] = source <= target ? [source, target] : [target, source];
    return `${type}:${a}--${b}`;
  }
  return `${type}:${source}->${target}`;
}

/** Endpoints in the stored order (sorted for symmetric types). */
export function orderEndpoints(type: RelationType, source: string, target: string): [string, string] {
  if (SYMMETRIC_TYPES.has(type) && target < source) return [target, source];
  return [source, target];
}

/**
 * `event:meeting:country-russia+country-ukraine@place-kazan#2024-10-23`: event type, key participants
 * (sorted), place and date when known; `trigger` stands in when there are no participants.
 */
export function eventId(eventType: string, parts: { participants: string[]; place?: string; date?: string; trigger?: string }): string {
  const who = [...new Set(parts.participants)].sort().map((p) => p.replace(':', '-')).join('+');
  let id = `event:${eventType.toLowerCase()}:${who || slug(parts.trigger ?? 'unknown')}`;
  if (parts.place) id += `@${parts.place.replace(':', '-')}`;
  if (parts.date) id += `#${parts.date}`;
  return id;
}
