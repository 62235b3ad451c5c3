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
import { placeLabels } from './labels.js';
import type { LabelCandidate } from './labels.js';
import { runLayout, stopLayout } from './layout.js';
import { closePanel, panelError, panelLoading, renderArticle, renderEdge, renderNode, renderPath } from './panel.js';
import type { PanelActions, PathEnd } from './panel.js';
import { makeEdgeReducer, makeNodeReducer, nodeSizes, parallelCurvatures } from './reducers.js';
import type { DrawCache } from './reducers.js';
import type { BaseView, Store } from './state.js';
import { statusCounts } from './text.js';
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
    this.cache = { visible: { nodes: new Set(), edges: new Set() }, emphasis: null, sizes: new Map(), hoveredEdge: null, selectedNode: null, selectedEdge: null, curvature: new Map(), zoomedIn: false, edgeScale: 1, anchors: new Set(), labels: null };
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
      this.scheduleRelabel();
    });
    // the layout moves the nodes: labels are placed again as it goes
    this.graph.on('eachNodeAttributesUpdated', () => this.scheduleRelabel());
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
    this.relabel();
  }

  private relabelTimer: number | undefined;
  private bySize: string[] = [];

  /**
   * At most ~7 placements a second while the camera or the layout moves; on big views (where sigma
   * hides labels while moving anyway) once, when the movement has stopped.
   */
  private scheduleRelabel(): void {
    const big = this.cache.visible.nodes.size > 2000;
    if (this.relabelTimer !== undefined) {
      if (!big) return;
      clearTimeout(this.relabelTimer);
    }
    this.relabelTimer = window.setTimeout(() => { this.relabelTimer = undefined; this.relabel(); }, big ? 200 : 140);
  }

  /**
   * Chooses the written labels: first what the user looks at (selection, focus, hover, the path, the
   * lens anchors), then the neighbours named by the emphasis, then the biggest discs; each only where
   * it does not cover another (labels.ts). Redraws when the choice changed.
   */
  relabel(): void {
    const c = this.cache;
    const em = c.emphasis;
    const seen = new Set<string>();
    const out: LabelCandidate[] = [];
    const push = (id: string | null | undefined, must: boolean) => {
      if (!id || seen.has(id) || !c.visible.nodes.has(id) || (em && !em.nodes.has(id))) return;
      seen.add(id);
      out.push({ id, name: this.graph.getNodeAttribute(id, 'name'), must });
    };
    const st = this.store.state;
    push(c.selectedNode, true);
    push(st.focus, true);
    push(this.hoveredNode, true);
    for (const id of this.path) push(id, true);
    for (const id of c.anchors) push(id, true);
    if (c.selectedEdge && this.graph.hasEdge(c.selectedEdge)) for (const id of this.graph.extremities(c.selectedEdge)) push(id, true);
    if (em) for (const id of this.bySize) if (em.labelled.has(id)) push(id, false);
    for (const id of this.bySize) push(id, false);
    const stage = byId('sigma').getBoundingClientRect();
    const obstacles = [...document.querySelectorAll<HTMLElement>('#statusbar, .zoom')].filter((el) => el.offsetParent !== null).map((el) => {
      const r = el.getBoundingClientRect();
      return { x1: r.left - stage.left, y1: r.top - stage.top, x2: r.right - stage.left, y2: r.bottom - stage.top };
    });
    const next = placeLabels(this.sigma, out, obstacles);
    const prev = c.labels;
    c.labels = next;
    if (!prev) { this.sigma.refresh({ skipIndexation: true }); return; }
    // only the nodes whose label appears or disappears go through the reducer again
    const changed = [...next].filter((id) => !prev.has(id)).concat([...prev].filter((id) => !next.has(id) && this.graph.hasNode(id)));
    if (changed.length === 0) return;
    try {
      this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
    } catch {
      this.sigma.refresh({ skipIndexation: true }); // a node sigma has not indexed yet: redraw everything
    }
  }

  /** Recomputes the draw caches from the dataset and the state, then redraws. */
  redraw(): void {
    const st = this.store.state;
    const visible = visibleSubgraph(this.graph, st);
    const sizes = nodeSizes(this.graph, st, visible);
    this.cache = {
      ...this.cache,
      visible,
      sizes,
      curvature: parallelCurvatures(this.graph, visible),
      zoomedIn: this.sigma.getCamera().ratio < ZOOM_LABELS,
      anchors: new Set(this.anchors),
      edgeScale: visible.edges.size > 300 ? 0.6 : visible.edges.size > 100 ? 0.8 : 1,
      emphasis: emphasis(this.graph, visible, st, this.path, this.hoveredNode),
      selectedNode: st.selection?.kind === 'node' ? st.selection.id : null,
      selectedEdge: st.selection?.kind === 'edge' ? st.selection.id : null,
    };
    // big graphs: draw edges and labels only when the camera rests
    this.sigma.setSetting('hideEdgesOnMove', visible.edges.size > 4000);
    this.sigma.setSetting('hideLabelsOnMove', visible.nodes.size > 2000);
    // edge picking costs a render pass per move: past a few thousand edges, edges open from the panel
    this.sigma.setSetting('enableEdgeEvents', visible.edges.size <= 3000);
    this.sigma.refresh();
    this.bySize = [...visible.nodes].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0)
      || this.graph.getNodeAttribute(b, 'mentions') - this.graph.getNodeAttribute(a, 'mentions')).slice(0, 4000);
    this.relabel();
    const counts = statusCounts(visible.nodes.size, visible.edges.size, this.graph.order, this.totalEntities);
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
      else this.fit();
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
    if (selection.kind === 'edge' && this.graph.hasEdge(selection.id)) this.bringIntoView(this.graph.extremities(selection.id));
  }

  /** Pans (same zoom) to the middle of these nodes when one of them is off the stage, e.g. a relation opened from the panel. */
  bringIntoView(ids: string[]): void {
    const { width, height } = this.sigma.getDimensions();
    const shown = ids.map((id) => this.sigma.getNodeDisplayData(id)).filter((d): d is NonNullable<typeof d> => Boolean(d));
    if (shown.length === 0) return;
    const off = shown.some((d) => {
      const p = this.sigma.framedGraphToViewport(d);
      return p.x < 20 || p.x > width - 20 || p.y < 20 || p.y > height - 20;
    });
    if (!off) return;
    const x = shown.reduce((t, d) => t + d.x, 0) / shown.length;
    const y = shown.reduce((t, d) => t + d.y, 0) / shown.length;
    void this.sigma.getCamera().animate({ x, y }, { duration: 400 });
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

  /**
   * The whole drawing in view, with room for the labels: they are written to the right of their
   * discs, so the frame is zoomed out a little and shifted right (sigma's reset frames the discs only,
   * and names at the right border were cut off).
   */
  fit(duration = 300): void {
    const ratio = this.cache.visible.nodes.size <= 4 ? 1.6 : 1.12;
    void this.sigma.getCamera().animate({ x: 0.53, y: 0.5, ratio, angle: 0 }, { duration });
  }

  centreOn(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    const ratio = 0.75; // close enough to read, far enough to keep most neighbours in view
    // in narrow windows the details panel floats over the stage: centre in the part left uncovered
    const panel = byId('panel');
    const covered = !panel.hidden && getComputedStyle(panel).position === 'absolute' ? panel.offsetWidth : 0;
    const { width, height } = this.sigma.getDimensions();
    const dx = covered ? (covered / 2 / Math.max(width, height)) * ratio : 0;
    void this.sigma.getCamera().animate({ x: d.x + dx, y: d.y, ratio }, { duration: 500 });
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
    if (!sel) {
      if (this.store.state.base.kind === 'path' && this.path.length > 1) renderPath(this.pathHops(), this.panelActions());
      else closePanel();
      return;
    }
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

  /** The traced path, hop by hop, with every loaded relation between the two ends of each hop. */
  private pathHops(): Array<{ from: PathEnd; to: PathEnd; relations: Array<{ id: string; type: EdgeData['relType']; outgoing: boolean; confidence: number }> }> {
    const end = (id: string): PathEnd => this.graph.hasNode(id)
      ? { id, name: this.graph.getNodeAttribute(id, 'name'), label: this.graph.getNodeAttribute(id, 'entity') }
      : { id, name: id, label: 'Country' };
    const hops = [];
    for (let i = 1; i < this.path.length; i += 1) {
      const [a, b] = [this.path[i - 1]!, this.path[i]!];
      const relations: Array<{ id: string; type: EdgeData['relType']; outgoing: boolean; confidence: number }> = [];
      if (this.graph.hasNode(a) && this.graph.hasNode(b)) {
        // graphology's edges(a, b) of a directed graph may list an edge either way round: one row per edge
        for (const e of new Set([...this.graph.edges(a, b), ...this.graph.edges(b, a)])) {
          const attr = this.graph.getEdgeAttributes(e);
          relations.push({ id: e, type: attr.relType, outgoing: this.graph.source(e) === a, confidence: attr.confidence });
        }
      }
      relations.sort((x, y) => y.confidence - x.confidence);
      hops.push({ from: end(a), to: end(b), relations });
    }
    return hops;
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
      aliasesOf: (id) => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'aliases') ?? [] : []),
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
