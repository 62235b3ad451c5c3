// Entry point: builds the controls, wires them to the state and the controller, handles keys.
import './styles.css';
import { ENTITY_LABELS, RELATION_TYPES } from '../../src/graph/ontology.js';
import type { EntityLabel, RelationType } from '../../src/graph/ontology.js';
import { api } from './api.js';
import { App } from './app.js';
import type { Ui } from './app.js';
import { createCombo } from './combo.js';
import { closePanel } from './panel.js';
import { byId, clear, h } from './dom.js';
import type { ExportFormat } from './export.js';
import { Store, defaultState, stateFromUrl } from './state.js';
import { COMMUNITY_COLORS, LABEL_COLORS, TYPE_COLORS, TYPE_NAMES } from './theme.js';

const store = new Store(stateFromUrl(location.search));
let toastTimer: number | undefined;

const pathFrom = createCombo(byId('path-from-combo'), { id: 'path-from', placeholder: 'From…', label: 'Path from', onChoose: () => updatePathButton() });
const pathTo = createCombo(byId('path-to-combo'), { id: 'path-to', placeholder: 'To…', label: 'Path to', onChoose: () => updatePathButton() });
function updatePathButton(): void {
  byId<HTMLButtonElement>('path-btn').disabled = !(pathFrom.chosen && pathTo.chosen && pathFrom.chosen.id !== pathTo.chosen.id);
}

const ui: Ui = {
  busy(text) {
    byId('loading').hidden = text === null;
    if (text) byId('loading-text').textContent = text;
    document.body.dataset.busy = String(text !== null);
  },
  empty(title, text) {
    byId('empty').hidden = !title;
    byId('empty-title').textContent = title;
    byId('empty-text').textContent = text;
    byId('empty-reset').hidden = !title.includes('filtered out');
  },
  status(text) {
    byId('statusbar').textContent = text;
  },
  toast(text) {
    const t = byId('toast');
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => { t.hidden = true; }, 4500);
  },
  refreshControls,
  setPathEnds(from, to, typedOnly) {
    if (from) pathFrom.set(from);
    if (to) pathTo.set(to);
    if (typedOnly !== undefined) byId<HTMLInputElement>('path-typed').checked = typedOnly;
    updatePathButton();
  },
};

const app = new App(store, ui);
(window as unknown as { newsgraph: App }).newsgraph = app; // for the browser tests and the console

createCombo(byId('search-combo'), {
  id: 'search-input', placeholder: 'Name or alias, e.g. Pyongyang', label: 'Search entities',
  onChoose: (hit) => void app.focusEntity(hit.id).catch((err: unknown) => ui.toast(`Search failed: ${String(err)}`)),
});

byId('path-btn').addEventListener('click', () => {
  if (pathFrom.chosen && pathTo.chosen) void app.tracePath(pathFrom.chosen.id, pathTo.chosen.id, byId<HTMLInputElement>('path-typed').checked);
});
for (const btn of document.querySelectorAll<HTMLButtonElement>('.view-btn')) {
  btn.addEventListener('click', () => app.setBase(btn.dataset.view === 'alliance' ? { kind: 'alliance' } : { kind: 'overview' }));
}
byId('layout-btn').addEventListener('click', () => void app.relayout());

// filters: legend rows with checkboxes and counts
function legendRow<T extends string>(kind: 'label' | 'type', value: T, text: string, color: string, checked: boolean, onToggle: (v: T, on: boolean) => void) {
  const input = h('input', { type: 'checkbox', id: `f-${kind}-${value}`, checked, 'data-filter': value });
  input.addEventListener('change', () => onToggle(value, input.checked));
  return h('li', {}, h('label', { class: 'legend-row', for: `f-${kind}-${value}` }, input,
    h('span', { class: kind === 'label' ? 'dot' : 'line', style: `--c:${color}` }),
    h('span', { class: 'legend-name' }, text),
    h('span', { class: 'legend-count', id: `count-${kind}-${value}` }, '')));
}

function buildFilters(): void {
  const s = store.state;
  const labels = byId('label-filters');
  clear(labels);
  for (const l of ENTITY_LABELS) {
    labels.append(legendRow('label', l, l, LABEL_COLORS[l], s.labels.has(l), (v: EntityLabel, on) => {
      const next = new Set(store.state.labels);
      if (on) next.add(v); else next.delete(v);
      store.set({ labels: next });
    }));
  }
  const types = byId('type-filters');
  clear(types);
  for (const t of RELATION_TYPES) {
    types.append(legendRow('type', t, TYPE_NAMES[t], TYPE_COLORS[t], s.types.has(t), (v: RelationType, on) => {
      const next = new Set(store.state.types);
      if (on) next.add(v); else next.delete(v);
      store.set({ types: next });
    }));
  }
}

function refreshControls(): void {
  const s = store.state;
  const g = app.graph;
  const labelCount = new Map<string, number>();
  g.forEachNode((_n, a) => labelCount.set(a.entity, (labelCount.get(a.entity) ?? 0) + 1));
  const typeCount = new Map<string, number>();
  g.forEachEdge((_e, a) => typeCount.set(a.relType, (typeCount.get(a.relType) ?? 0) + 1));
  for (const l of ENTITY_LABELS) {
    byId(`count-label-${l}`).textContent = String(labelCount.get(l) ?? 0);
    byId<HTMLInputElement>(`f-label-${l}`).checked = s.labels.has(l);
  }
  for (const t of RELATION_TYPES) {
    const row = byId(`count-type-${t}`);
    row.textContent = String(typeCount.get(t) ?? 0);
    row.closest('li')!.classList.toggle('absent', !typeCount.get(t));
    byId<HTMLInputElement>(`f-type-${t}`).checked = s.types.has(t);
  }
  byId('hidden-note').hidden = s.hidden.length === 0;
  byId('hidden-count').textContent = `${s.hidden.length} hidden by you.`;
  byId<HTMLInputElement>('min-conf').value = String(s.minConfidence);
  byId('min-conf-out').textContent = s.minConfidence.toFixed(2);
  byId<HTMLInputElement>('min-mentions').value = String(s.minMentions);
  byId('min-mentions-out').textContent = String(s.minMentions);
  byId<HTMLSelectElement>('size-by').value = s.sizeBy;
  byId<HTMLSelectElement>('color-by').value = s.colorBy;
  byId('community-note').hidden = s.colorBy !== 'community';
  if (s.colorBy === 'community') renderCommunityLegend();
  byId('label-filters').classList.toggle('muted-dots', s.colorBy === 'community');
  for (const btn of document.querySelectorAll<HTMLButtonElement>('.view-btn')) {
    btn.setAttribute('aria-pressed', String(btn.dataset.view === s.base.kind));
  }
}

/** Colour by community: a legend of the biggest communities, each named by its best-connected visible members. */
function renderCommunityLegend(): void {
  const g = app.graph;
  const visible = app.cache.visible.nodes;
  const members = new Map<number, string[]>();
  for (const n of visible) {
    const c = g.getNodeAttribute(n, 'community');
    (members.get(c) ?? members.set(c, []).get(c)!).push(n);
  }
  const ranked = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  const note = byId('community-note');
  clear(note);
  note.append(`${ranked.length} communit${ranked.length === 1 ? 'y' : 'ies'} found by Louvain (the label dots above no longer match the colours).`);
  const list = h('ul', { class: 'legend communities', id: 'community-legend' });
  for (const [c, ids] of ranked.slice(0, 8)) {
    const top = [...ids].sort((a, b) => g.getNodeAttribute(b, 'degree') - g.getNodeAttribute(a, 'degree')).slice(0, 3).map((id) => g.getNodeAttribute(id, 'name'));
    list.append(h('li', { class: 'legend-row', title: top.join(', ') },
      h('span', { class: 'dot', style: `--c:${COMMUNITY_COLORS[c % COMMUNITY_COLORS.length]}` }),
      h('span', { class: 'legend-name community-names' }, top.join(', ')),
      h('span', { class: 'legend-count' }, String(ids.length))));
  }
  if (ranked.length > 8) list.append(h('li', { class: 'muted' }, `and ${ranked.length - 8} smaller`));
  note.append(list);
}

byId<HTMLInputElement>('min-conf').addEventListener('input', (e) => store.set({ minConfidence: Number((e.target as HTMLInputElement).value) }));
byId<HTMLInputElement>('min-mentions').addEventListener('input', (e) => store.set({ minMentions: Number((e.target as HTMLInputElement).value) }));
byId<HTMLSelectElement>('size-by').addEventListener('change', (e) => store.set({ sizeBy: (e.target as HTMLSelectElement).value as 'degree' }));
byId<HTMLSelectElement>('color-by').addEventListener('change', (e) => store.set({ colorBy: (e.target as HTMLSelectElement).value as 'label' }));
// with nothing selected the panel holds the path's hops: closing it just closes it
byId('panel-close').addEventListener('click', () => { if (store.state.selection) store.set({ selection: null }); else closePanel(); });
byId('unhide-btn').addEventListener('click', () => store.set({ hidden: [] }));
byId('empty-reset').addEventListener('click', () => {
  const d = defaultState();
  store.set({ labels: d.labels, types: d.types, minConfidence: d.minConfidence, minMentions: d.minMentions, hidden: [] });
});

// export menu
const exportBtn = byId<HTMLButtonElement>('export-btn');
const exportList = byId('export-list');
const setMenu = (open: boolean) => {
  exportList.hidden = !open;
  exportBtn.setAttribute('aria-expanded', String(open));
  if (open) exportList.querySelector<HTMLButtonElement>('button')?.focus();
};
exportBtn.addEventListener('click', () => setMenu(exportList.hasAttribute('hidden')));
exportList.addEventListener('click', (e) => {
  const fmt = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-export]')?.dataset.export as ExportFormat | undefined;
  if (!fmt) return;
  setMenu(false);
  void app.export(fmt);
});
exportList.addEventListener('keydown', (e) => {
  const items = [...exportList.querySelectorAll<HTMLButtonElement>('button')];
  const i = items.indexOf(document.activeElement as HTMLButtonElement);
  if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length]?.focus(); }
  if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length]?.focus(); }
  if (e.key === 'Escape') { setMenu(false); exportBtn.focus(); }
});
document.addEventListener('click', (e) => { if (!byId('export-menu').contains(e.target as Node)) setMenu(false); });

// zoom controls and keyboard
const camera = app.sigma.getCamera();
byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 200 }));
byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 200 }));
byId('zoom-reset').addEventListener('click', () => app.fit());
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.matches('input[type=search], input[type=text], select, textarea');
  if (e.key === 'Escape' && !typing) {
    store.set({ selection: null, focus: null });
    return;
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === '/') { e.preventDefault(); byId('search-input').focus(); return; }
  const onCanvas = target === byId('sigma') || target === document.body;
  if (!onCanvas) return;
  const state = camera.getState();
  const step = 0.15 * state.ratio;
  const moves: Record<string, () => void> = {
    '+': () => void camera.animatedZoom({ duration: 150 }),
    '=': () => void camera.animatedZoom({ duration: 150 }),
    '-': () => void camera.animatedUnzoom({ duration: 150 }),
    '0': () => app.fit(250),
    ArrowLeft: () => void camera.animate({ x: state.x - step }, { duration: 120 }),
    ArrowRight: () => void camera.animate({ x: state.x + step }, { duration: 120 }),
    ArrowUp: () => void camera.animate({ y: state.y + step }, { duration: 120 }),
    ArrowDown: () => void camera.animate({ y: state.y - step }, { duration: 120 }),
    o: () => app.setBase({ kind: 'overview' }),
    a: () => app.setBase({ kind: 'alliance' }),
    l: () => void app.relayout(),
  };
  const fn = moves[e.key];
  if (fn) { e.preventDefault(); fn(); }
});

buildFilters();
api.stats().then((s) => {
  app.totalEntities = s.entities;
  byId('db-summary').textContent = `${s.entities.toLocaleString('en-US')} entities · ${s.relations.toLocaleString('en-US')} relations · ${s.articles.toLocaleString('en-US')} articles`;
  byId<HTMLInputElement>('min-mentions').max = String(Math.max(20, Math.min(200, Math.ceil(s.entities / 10))));
}).catch(() => { byId('db-summary').textContent = 'database unreachable'; });
void app.loadView();
