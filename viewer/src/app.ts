// The controller: loads views from the API into the dataset, keeps the draw caches in step with the
// view state, and reacts to the user (selection, expand, hide, path, export).
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EdgeProgramType } from 'sigma/rendering';
import type { Subgraph } from '../../src/serve/api-schema.js';
import { api, ApiError } from './api.js';
import { byId } from './dom.js';
import { exportView } from './export.js';
import type { ExportFormat } from './export.js';
import { computeMetrics, createDataGraph, mergeSubgraph } from './graph-data.js';
import type { DataGraph, EdgeData, NodeData } from './graph-data.js';
import { runLayout, stopLayout } from './layout.js';
import { closePanel, panelError, panelLoading, renderArticle, renderEdge, renderNode } from './panel.js';
import type { PanelActions } from './panel.js';
import { makeEdgeReducer, makeNodeReducer, nodeSizes, parallelCurvatures } from './reducers.js';
import type { DrawCache } from './reducers.js';
import type { BaseView, Store } from './state.js';
import { emphasis, visibleSubgraph } from './visibility.js';

const ZOOM_LABELS = 0.45;

export interface Ui {
  busy(text: string | null): void;
  empty(title: string, text: string): void;
  status(text: string): void;
  toast(text: string): void;
  refreshControls(): void;
  setPathEnds(from: { id: string; name: string } | null, to: { id: string; name: string } | null, typedOnly?: boolean): void;
}

export class App {
  readonly graph: DataGraph = createDataGraph();
  readonly sigma: Sigma<NodeData, EdgeData>;
  cache: DrawCache;
  private hoveredNode: string | null = null;
  private path: string[] = [];
  private anchors: string[] = [];
  private loadSeq = 0;
  totalEntities = 0;

  constructor(readonly store: Store, readonly ui: Ui) {
    this.cache = { visible: { nodes: new Set(), edges: new Set() }, emphasis: null, sizes: new Map(), hoveredEdge: null, selectedNode: null, selectedEdge: null, curvature: new Map(), zoomedIn: false, edgeScale: 1, anchors: new Set() };
    this.sigma = new Sigma<NodeData, EdgeData>(this.graph, byId('sigma'), {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelWeight: '600',
      labelColor: { color: '#1f2937' },
      edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      edgeLabelSize: 10,
      edgeLabelColor: { color: '#6b7280' },
      labelDensity: 0.7,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 4,
      defaultEdgeType: 'line',
      edgeProgramClasses: {
        line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram,
      } as unknown as Record<string, EdgeProgramType<NodeData, EdgeData>>,
      stagePadding: 56,
      nodeReducer: makeNodeReducer(() => this.store.state, () => this.cache),
      edgeReducer: makeEdgeReducer(() => this.cache),
    });
    this.bindSigmaEvents();
    // sigma only listens to window resizes: the side panel opening or closing resizes the stage too
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    }).observe(byId('sigma'));
    // edge labels appear past a zoom level: re-run the reducers when the camera crosses it
    this.sigma.getCamera().on('updated', (cam) => {
      const zoomedIn = cam.ratio < ZOOM_LABELS;
      if (zoomedIn !== this.cache.zoomedIn) {
        this.cache.zoomedIn = zoomedIn;
        this.sigma.refresh({ skipIndexation: true });
      }
    });
    store.subscribe((_s, changed) => {
      if (changed.has('base') || changed.has('expanded')) return; // loadView() redraws
      this.redraw();
      if (changed.has('selection')) void this.showSelection();
    });
  }

  private bindSigmaEvents(): void {
    const s = this.sigma;
    s.on('clickNode', ({ node }) => this.select({ kind: 'node', id: node }));
    s.on('clickEdge', ({ edge }) => this.select({ kind: 'edge', id: edge }));
    s.on('clickStage', () => this.store.set({ selection: null, focus: null }));
    s.on('doubleClickNode', ({ node, event }) => { event.preventSigmaDefault(); void this.expand(node); });
    s.on('enterNode', ({ node }) => { this.hoveredNode = node; this.setCursor(true); this.reEmphasise(); });
    s.on('leaveNode', () => { this.hoveredNode = null; this.setCursor(false); this.reEmphasise(); });
    s.on('enterEdge', ({ edge }) => { this.cache.hoveredEdge = edge; this.setCursor(true); s.refresh({ skipIndexation: true }); });
    s.on('leaveEdge', () => { this.cache.hoveredEdge = null; this.setCursor(false); s.refresh({ skipIndexation: true }); });
  }

  private setCursor(pointer: boolean): void {
    byId('sigma').style.cursor = pointer ? 'pointer' : '';
  }

  /** Hover: only the emphasis changes (cheap even on big graphs); positions and filters stay. */
  private reEmphasise(): void {
    this.cache.emphasis = emphasis(this.graph, this.cache.visible, this.store.state, this.path, this.hoveredNode);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Recomputes the draw caches from the dataset and the state, then redraws. */
  redraw(): void {
    const st = this.store.state;
    const visible = visibleSubgraph(this.graph, st);
    this.cache = {
      ...this.cache,
      visible,
      sizes: nodeSizes(this.graph, st, visible),
      curvature: parallelCurvatures(this.graph, visible),
      zoomedIn: this.sigma.getCamera().ratio < ZOOM_LABELS,
      anchors: new Set(this.anchors),
      edgeScale: visible.edges.size > 300 ? 0.6 : visible.edges.size > 100 ? 0.8 : 1,
      emphasis: emphasis(this.graph, visible, st, this.path, this.hoveredNode),
      selectedNode: st.selection?.kind === 'node' ? st.selection.id : null,
      selectedEdge: st.selection?.kind === 'edge' ? st.selection.id : null,
    };
    // small graphs: every label; busy ones: the grid keeps the biggest
    const busy = visible.nodes.size > 60;
    // big graphs: draw edges and labels only when the camera rests
    this.sigma.setSetting('hideEdgesOnMove', visible.edges.size > 4000);
    this.sigma.setSetting('hideLabelsOnMove', visible.nodes.size > 2000);
    // edge picking costs a render pass per move: past a few thousand edges, edges open from the panel
    this.sigma.setSetting('enableEdgeEvents', visible.edges.size <= 3000);
    if (this.sigma.getSetting('labelDensity') !== (busy ? 0.4 : 1)) {
      this.sigma.setSetting('labelDensity', busy ? 0.4 : 1);
      this.sigma.setSetting('labelRenderedSizeThreshold', busy ? 8 : 0);
      this.sigma.setSetting('labelGridCellSize', busy ? 150 : 90); // one label per cell: wider cells, fewer overlaps
    }
    this.sigma.refresh();
    const hiddenByFilters = this.graph.order - visible.nodes.size;
    const more = this.totalEntities > this.graph.order ? ` of ${this.totalEntities.toLocaleString('en-US')} in the database` : '';
    const counts = `${visible.nodes.size.toLocaleString('en-US')} entities · ${visible.edges.size.toLocaleString('en-US')} relations shown${more}` +
      (hiddenByFilters > 0 ? ` · ${hiddenByFilters} filtered out` : '');
    const path = this.path.filter((id) => this.graph.hasNode(id)).map((id) => this.graph.getNodeAttribute(id, 'name'));
    this.ui.status(path.length > 1 ? `Path: ${path.join(' → ')} (${path.length - 1} hop${path.length === 2 ? '' : 's'})` : counts);
    if (this.graph.order > 0 && visible.nodes.size === 0) this.ui.empty('Everything is filtered out', 'Loosen the label, mention or confidence filters on the left.');
    else if (this.graph.order > 0) this.ui.empty('', '');
    this.ui.refreshControls();
    document.body.dataset.visibleNodes = String(visible.nodes.size);
  }

  /** Loads the base view and the expansions in the state, replacing the dataset. */
  async loadView(): Promise<void> {
    const seq = ++this.loadSeq;
    const st = this.store.state;
    this.ui.busy(describe(st.base));
    stopLayout();
    try {
      const base = await fetchBase(st.base);
      const extra = await Promise.all(st.expanded.map((id) => api.ego(id, 1).catch(() => null)));
      if (seq !== this.loadSeq) return;
      this.graph.clear();
      this.path = st.base.kind === 'path' ? base.focus : [];
      this.anchors = base.focus;
      if (base.total !== undefined) this.totalEntities = base.total;
      mergeSubgraph(this.graph, base);
      for (const sub of extra) if (sub) mergeSubgraph(this.graph, sub, sub.focus[0]);
      if (st.base.kind === 'path') this.ui.setPathEnds(nameOf(this.graph, st.base.from), nameOf(this.graph, st.base.to), st.base.typedOnly);
      if (this.graph.order === 0) {
        this.ui.busy(null);
        this.sigma.refresh();
        this.ui.empty(...emptyMessage(st.base));
        this.redraw();
        return;
      }
      this.ui.empty('', '');
      await this.relayout();
      if (seq !== this.loadSeq) return;
      if (base.truncated) this.ui.toast(`Showing the ${this.graph.order} most connected entities: the answer was capped by the server's limit.`);
      const target = st.focus ?? (st.base.kind === 'ego' ? st.base.id : null);
      if (target && this.graph.hasNode(target)) this.centreOn(target);
      else if (this.cache.visible.nodes.size <= 4) void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1.6, angle: 0 }, { duration: 300 });
      else void this.sigma.getCamera().animatedReset({ duration: 300 });
      void this.showSelection();
    } catch (err) {
      if (seq !== this.loadSeq) return;
      this.ui.busy(null);
      this.graph.clear();
      this.redraw();
      if (err instanceof ApiError && err.status === 404) this.ui.empty(...emptyMessage(st.base));
      else this.ui.empty('Could not load the graph', err instanceof Error ? err.message : String(err));
    }
  }

  async relayout(): Promise<void> {
    computeMetrics(this.graph);
    this.redraw();
    document.body.dataset.layout = 'running';
    this.ui.busy(null);
    byId('stage').classList.add('laying-out');
    await runLayout(this.graph, this.cache.sizes);
    byId('stage').classList.remove('laying-out');
    document.body.dataset.layout = 'done';
    this.redraw();
  }

  setBase(base: BaseView): void {
    this.store.set({ base, expanded: [], hidden: [], focus: null, selection: null });
    void this.loadView();
  }

  select(selection: { kind: 'node' | 'edge'; id: string }): void {
    this.store.set({ selection, focus: selection.kind === 'node' ? selection.id : this.store.state.focus });
  }

  /** Centre on an entity (fetching its neighbourhood if it is not loaded) and highlight it. */
  async focusEntity(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) {
      this.store.set({ expanded: [...this.store.state.expanded, id] });
      this.ui.busy('Fetching its neighbourhood…');
      const sub = await api.ego(id, 1);
      mergeSubgraph(this.graph, sub, this.graph.order ? undefined : id);
      this.ui.busy(null);
      await this.relayout();
    }
    this.store.set({ focus: id, selection: { kind: 'node', id } });
    this.centreOn(id);
  }

  centreOn(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (d) void this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.6 }, { duration: 500 });
  }

  async expand(id: string): Promise<void> {
    this.ui.busy('Fetching one more hop…');
    try {
      const sub = await api.ego(id, 1);
      const added = mergeSubgraph(this.graph, sub, id);
      this.ui.busy(null);
      if (!this.store.state.expanded.includes(id)) this.store.set({ expanded: [...this.store.state.expanded, id] });
      this.ui.toast(added.length ? `${added.length} new entit${added.length === 1 ? 'y' : 'ies'} around ${sub.nodes.find((n) => n.id === id)?.name ?? id}` : 'No new neighbour: all are already shown.');
      if (added.length) await this.relayout();
    } catch (err) {
      this.ui.busy(null);
      this.ui.toast(`Expand failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  hide(id: string): void {
    const st = this.store.state;
    this.store.set({ hidden: [...st.hidden, id], selection: null, focus: st.focus === id ? null : st.focus });
  }

  async tracePath(from: string, to: string, typedOnly: boolean): Promise<void> {
    this.store.set({ base: { kind: 'path', from, to, typedOnly }, expanded: [], hidden: [], focus: null, selection: null });
    await this.loadView();
  }

  async showSelection(): Promise<void> {
    const sel = this.store.state.selection;
    if (!sel) { closePanel(); return; }
    const actions = this.panelActions();
    try {
      if (sel.kind === 'node') {
        panelLoading('Entity');
        renderNode(await api.node(sel.id), this.graph.hasNode(sel.id), actions);
      } else {
        panelLoading('Relation');
        const source = this.graph.hasEdge(sel.id) ? this.graph.source(sel.id) : undefined;
        renderEdge(await api.edge(sel.id, source), actions);
      }
    } catch (err) {
      panelError(err instanceof Error ? err.message : String(err));
    }
  }

  private panelActions(): PanelActions {
    return {
      expand: (id) => void this.expand(id),
      hide: (id) => this.hide(id),
      selectNode: (id) => void this.focusEntity(id),
      selectEdge: (id) => this.select({ kind: 'edge', id }),
      pathFrom: (id, name) => this.ui.setPathEnds({ id, name }, null),
      pathTo: (id, name) => this.ui.setPathEnds(null, { id, name }),
      moreNodeEvidence: (id, offset) => api.node(id, offset),
      moreEdgeEvidence: (id, source, offset) => api.edge(id, source, offset),
      readArticle: (articleId, evidenceId) => {
        panelLoading('Article');
        api.article(articleId, evidenceId).then((d) => renderArticle(d, this.panelActions())).catch((err: unknown) => panelError(String(err)));
      },
      back: () => void this.showSelection(),
      close: () => this.store.set({ selection: null }),
    };
  }

  async export(format: ExportFormat): Promise<void> {
    this.ui.busy(format === 'report' ? 'Rendering the report…' : `Exporting ${format.toUpperCase()}…`);
    try {
      const name = await exportView(format, this.graph, this.cache.visible, this.sigma, describe(this.store.state.base));
      this.ui.toast(`Saved ${name}`);
    } catch (err) {
      this.ui.toast(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.ui.busy(null);
    }
  }
}

function fetchBase(base: BaseView): Promise<Subgraph> {
  switch (base.kind) {
    case 'overview': return api.overview();
    case 'alliance': return api.alliance();
    case 'ego': return api.ego(base.id, base.hops);
    case 'path': return api.path(base.from, base.to, base.typedOnly);
  }
}

function describe(base: BaseView): string {
  switch (base.kind) {
    case 'overview': return 'Loading the most connected entities…';
    case 'alliance': return 'Loading the alliance lens…';
    case 'ego': return 'Loading the neighbourhood…';
    case 'path': return 'Tracing the shortest path…';
  }
}

function nameOf(graph: DataGraph, id: string): { id: string; name: string } {
  return { id, name: graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id };
}

function emptyMessage(base: BaseView): [string, string] {
  switch (base.kind) {
    case 'overview': return ['The graph is empty', 'No entity in the database yet. Ingest articles (newsgraph ingest data/corpus), then reload this page.'];
    case 'alliance': return ['No alliance data', 'None of Russia, North Korea, Iran or China is in the database yet.'];
    case 'ego': return ['Entity not found', 'This entity is not in the database.'];
    case 'path': return ['No path', 'These two entities are not connected within 8 hops.'];
  }
}
