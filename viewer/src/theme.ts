// Colours and sizes: one place for the visual vocabulary (labels, relation types, communities).
import type { EntityLabel, RelationType } from '../../src/graph/ontology.js';

export const LABEL_COLORS: Record<EntityLabel, string> = {
  Country: '#3b6fe0',
  Person: '#e8890c',
  Organization: '#0f9f7a',
  Place: '#a34fd1',
  Event: '#e04a5f',
};

export const TYPE_COLORS: Record<RelationType, string> = {
  ALLY_OF: '#2f9e44',
  SUPPORTS: '#1c7ed6',
  SUPPLIES: '#f08c00',
  DEPLOYS_TO: '#d9480f',
  ATTACKS: '#e03131',
  OPPOSES: '#c2255c',
  MEETS: '#1098ad',
  MEDIATES: '#7048e8',
  LEADS: '#5c677d',
  MEMBER_OF: '#7d8597',
  LOCATED_IN: '#b4bcc8',
  PARTICIPATES_IN: '#b8c0cc',
  OCCURRED_IN: '#c3c9d3',
  MENTIONED_WITH: '#dde1e7',
};

export const TYPE_NAMES: Record<RelationType, string> = {
  ALLY_OF: 'ally of',
  SUPPORTS: 'supports',
  SUPPLIES: 'supplies',
  DEPLOYS_TO: 'deploys to',
  ATTACKS: 'attacks',
  OPPOSES: 'opposes',
  MEETS: 'meets',
  MEDIATES: 'mediates',
  LEADS: 'leads',
  MEMBER_OF: 'member of',
  LOCATED_IN: 'located in',
  PARTICIPATES_IN: 'participates in',
  OCCURRED_IN: 'occurred in',
  MENTIONED_WITH: 'mentioned with',
};

/** Tableau-like categorical palette for Louvain communities. */
export const COMMUNITY_COLORS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1f77b4', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22',
];

export const FADED_NODE = '#e4e7ec';
export const FADED_EDGE = '#eef0f3';
export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;
