// The graph's vocabulary (../shared/ONTOLOGY.md, copied to docs/ONTOLOGY.md): a leaf module everything may import.

export const ENTITY_LABELS = ['Person', 'Country', 'Organization', 'Place', 'Event'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const EVENT_TYPES = [
  'Meeting', 'Attack', 'Deployment', 'PrisonerExchange', 'AidPackage', 'Election', 'Statement', 'War', 'Other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const RELATION_TYPES = [
  'ALLY_OF', 'SUPPORTS', 'SUPPLIES', 'DEPLOYS_TO', 'ATTACKS', 'OPPOSES', 'MEETS', 'MEDIATES', 'LEADS',
  'MEMBER_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'OCCURRED_IN', 'MENTIONED_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Stored once with endpoints in canonical (sorted id) order, read in both directions. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(['ALLY_OF', 'MEETS', 'MENTIONED_WITH']);

/** Article → entity, never carries evidence. */
export const MENTIONS = 'MENTIONS' as const;

/** What a figure counts: figures are compared only within one kind and one subject. */
export const FIGURE_KINDS = ['deployed', 'casualties', 'captured', 'unit-size', 'money', 'other'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];
