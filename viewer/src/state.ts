// The view's state (what is loaded, filters, focus, selection) and its mirror in the URL, so a
// view can be shared and reloaded. Changing state notifies listeners; the URL follows silently.
import { ENTITY_LABELS, RELATION_TYPES } from '../../src/graph/ontology.js';
import type { EntityLabel, RelationType } from '../../src/graph/ontology.js';
import { DEFAULT_MIN_CONFIDENCE } from './defaults.js';

export type BaseView =
  | { kind: 'overview' }
  | { kind: 'alliance' }
  | { kind: 'ego'; id: string; hops: number }
  | { kind: 'path'; from: string; to: string; typedOnly: boolean };

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
export type SizeBy = 'degree' | 'pagerank' | 'mentions';
export type ColorBy = 'label' | 'community';

export interface ViewState {
  base: BaseView;
  expanded: string[]; // nodes whose neighbours were fetched on top of the base view
  hidden: string[]; // nodes hidden by the user
  labels: Set<EntityLabel>;
  types: Set<RelationType>;
  minConfidence: number;
  minMentions: number;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  focus: string | null; // centred and highlighted with its neighbours
  selection: Selection;
}

export function defaultState(): ViewState {
  return {
    base: { kind: 'overview' },
    expanded: [],
    hidden: [],
    labels: new Set(ENTITY_LABELS),
    types: new Set(RELATION_TYPES),
    minConfidence: DEFAULT_MIN_CONFIDENCE,
    minMentions: 1,
    sizeBy: 'degree',
    colorBy: 'label',
    focus: null,
    selection: null,
  };
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

export function stateFromUrl(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = defaultState();
  const view = p.get('view');
  if (view === 'alliance') s.base = { kind: 'alliance' };
  else if (view === 'ego' && p.get('id')) s.base = { kind: 'ego', id: p.get('id')!, hops: clampInt(p.get('hops'), 1, 3, 1) };
  else if (view === 'path' && p.get('from') && p.get('to')) {
    s.base = { kind: 'path', from: p.get('from')!, to: p.get('to')!, typedOnly: p.get('typed') !== '0' };
  }
  s.expanded = list(p.get('expand'));
  s.hidden = list(p.get('hide'));
  if (p.has('labels')) s.labels = new Set(list(p.get('labels')).filter((l): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l)));
  if (p.has('types')) s.types = new Set(list(p.get('types')).filter((t): t is RelationType => (RELATION_TYPES as readonly string[]).includes(t)));
  if (p.has('conf')) s.minConfidence = Math.min(1, Math.max(0, Number(p.get('conf')) || 0));
  s.minMentions = clampInt(p.get('mentions'), 1, 1000, 1);
  const size = p.get('size');
  if (size === 'pagerank' || size === 'mentions') s.sizeBy = size;
  if (p.get('color') === 'community') s.colorBy = 'community';
  s.focus = p.get('focus');
  const sel = p.get('sel');
  if (sel?.startsWith('node:')) s.selection = { kind: 'node', id: sel.slice(5) };
  else if (sel?.startsWith('edge:')) s.selection = { kind: 'edge', id: sel.slice(5) };
  return s;
}

export function stateToUrl(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.base.kind !== 'overview') p.set('view', s.base.kind);
  if (s.base.kind === 'ego') { p.set('id', s.base.id); if (s.base.hops !== 1) p.set('hops', String(s.base.hops)); }
  if (s.base.kind === 'path') { p.set('from', s.base.from); p.set('to', s.base.to); if (!s.base.typedOnly) p.set('typed', '0'); }
  if (s.expanded.length) p.set('expand', s.expanded.join(','));
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  if (s.labels.size !== ENTITY_LABELS.length) p.set('labels', [...s.labels].join(','));
  if (s.types.size !== RELATION_TYPES.length) p.set('types', [...s.types].join(','));
  if (s.minConfidence !== DEFAULT_MIN_CONFIDENCE) p.set('conf', String(s.minConfidence));
  if (s.minMentions > 1) p.set('mentions', String(s.minMentions));
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.colorBy !== 'label') p.set('color', s.colorBy);
  if (s.focus) p.set('focus', s.focus);
  if (s.selection) p.set('sel', `${s.selection.kind}:${s.selection.id}`);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

function clampInt(v: string | null, min: number, max: number, def: number): number {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : def;
}

type Listener = (s: ViewState, changed: Set<keyof ViewState>) => void;

export class Store {
  private listeners: Listener[] = [];
  constructor(public state: ViewState) {}

  subscribe(fn: Listener): void {
    this.listeners.push(fn);
  }

  set(patch: Partial<ViewState>): void {
    const changed = new Set(Object.keys(patch) as Array<keyof ViewState>);
    this.state = { ...this.state, ...patch };
    history.replaceState(null, '', stateToUrl(this.state) || location.pathname);
    for (const fn of this.listeners) fn(this.state, changed);
  }
}
