// Viewer: time to first render and frames per second while panning, for generated graphs.
//   tsx bench/viewer/run.ts --size 5000 [--edges 20000] [--no-write]
// The built page (viewer/dist) is loaded in headless Chromium; its API calls are answered from the
// generated graph by request interception (no server, no database), so what is measured is the
// page: validating and loading the answer, metrics (PageRank, Louvain), sigma's first frame, the
// ForceAtlas2 worker, then a mouse drag across the canvas.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { VIEWER_DIST_DIR } from '../../src/paths.js';
import { log, stageArgs } from '../lib/args.js';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { writeRun } from '../lib/results.js';
import { median, quantile, round } from '../lib/stats.js';
import { frameCeiling } from './ceiling.js';
import { generateSubgraph } from './graph.js';
import { PROBE_SCRIPT, type Probe } from './probe.js';

const ORIGIN = 'http://newsgraph.bench';
const PAN_MS = 4000;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
const DESCRIPTION = 'Generated graphs (preferential attachment, 4 edges per node unless stated) answered to the built viewer page in headless Chromium 1280×800: first render = navigation start → first sigma frame with the nodes (after loading, zod validation, PageRank + Louvain); layout done = ForceAtlas2 worker + noverlap finished; pan = 4 s of mouse drag (the sigma handlers, hover picking included) and 4 s of camera animation (rendering alone): sigma renders per second, browser frame gaps.';

async function main(): Promise<void> {
  const args = stageArgs({ edges: { type: 'string' } });
  const nodes = args.size;
  const edges = args.extra.edges ? Number(args.extra.edges) : nodes * 4;
  const index = join(VIEWER_DIST_DIR, 'index.html');
  if (!existsSync(index)) throw new Error(`bench/viewer: ${index} is missing: build the viewer first (npm run build:viewer)`);
  const graph = generateSubgraph(nodes, edges);
  const body = JSON.stringify(graph);
  const stats = JSON.stringify({ entities: nodes, relations: graph.edges.length, articles: 0, labels: {}, relationTypes: {}, limits: { maxNodes: nodes, maxEdges: graph.edges.length } });
  log(`bench/viewer: ${nodes} nodes, ${graph.edges.length} edges (${(body.length / 1e6).toFixed(1)} MB of JSON)`);

  const ceiling = await frameCeiling();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    if (process.env.BENCH_DEBUG) page.on('console', (m) => log(`page: ${m.text()}`));
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/api/overview' || url.pathname === '/api/lens/alliance') return route.fulfill({ status: 200, contentType: 'application/json', body });
      if (url.pathname === '/api/stats') return route.fulfill({ status: 200, contentType: 'application/json', body: stats });
      if (url.pathname.startsWith('/api/')) return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"not in the benchmark"}' });
      const file = normalize(join(VIEWER_DIST_DIR, url.pathname === '/' ? 'index.html' : url.pathname));
      if (!file.startsWith(VIEWER_DIST_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(`${ORIGIN}/`);
    const timeout = Number(process.env.BENCH_VIEWER_TIMEOUT ?? 600_000);
    await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.firstRender !== undefined, undefined, { timeout, polling: 50 });
    const firstRender = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.firstRender!);
    await page.waitForFunction(() => document.body.dataset.layout === 'done', undefined, { timeout, polling: 100 });
    const layoutDone = await page.evaluate(() => performance.now());
    await page.waitForTimeout(800); // the camera's reset animation
    const drawn = await page.evaluate(() => (window as unknown as { newsgraph: { graph: { order: number; size: number } } }).newsgraph.graph.order);

    const drag = await pan(page, 'drag');
    const camera = await pan(page, 'camera');
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    // the same drag without edge hover detection: how much of a drag frame is picking (diagnostic)
    await page.evaluate(() => (window as unknown as { newsgraph: { sigma: { setSetting(k: string, v: boolean): void } } }).newsgraph.sigma.setSetting('enableEdgeEvents', false));
    const dragNoEdgeEvents = await pan(page, 'drag');
    // and with sigma's own large-graph settings: edges and labels hidden while the camera moves
    await page.evaluate(() => {
      const s = (window as unknown as { newsgraph: { sigma: { setSetting(k: string, v: boolean): void } } }).newsgraph.sigma;
      s.setSetting('hideEdgesOnMove', true);
      s.setSetting('hideLabelsOnMove', true);
    });
    const dragHideOnMove = await pan(page, 'drag');
    const cameraHideOnMove = await pan(page, 'camera');

    const run = {
      size: nodes, nodes, edges: graph.edges.length, drawn_nodes: drawn, json_mb: round(body.length / 1e6, 1),
      first_render_ms: round(firstRender, 0),
      layout_done_ms: round(layoutDone, 0),
      pan_fps: drag.fps, pan_frame_p95_ms: drag.frame_p95_ms, longest_frame_ms: drag.longest_frame_ms,
      drag, camera, drag_without_edge_events: dragNoEdgeEvents,
      drag_hide_on_move: dragHideOnMove, camera_hide_on_move: cameraHideOnMove,
      js_heap_mib: round(heap / 2 ** 20, 0),
      frame_ceiling: ceiling,
      page_errors: pageErrors.length ? pageErrors.slice(0, 3) : undefined,
    };
    if (args.write) writeRun('viewer', DESCRIPTION, run);
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    await browser.close();
  }
}

/**
 * Pans for PAN_MS and measures what the user sees: sigma renders per second and the gaps between
 * browser frames. 'drag': mouse events across the canvas (sigma's own handlers, hover picking
 * included); 'camera': camera animations (the keyboard's arrows), rendering alone.
 */
async function pan(page: Page, how: 'drag' | 'camera') {
  const before = await page.evaluate(() => { const b = (window as unknown as { __bench: Probe }).__bench; b.frames = []; b.recordFrames = true; return b.renders.length; });
  const t0 = await page.evaluate(() => performance.now());
  const started = Date.now();
  let steps = 0;
  if (how === 'drag') {
    await page.mouse.move(640, 400);
    await page.mouse.down();
    while (Date.now() - started < PAN_MS) {
      const a = (++steps / 60) * 2 * Math.PI;
      await page.mouse.move(640 + 220 * Math.sin(a), 400 + 120 * Math.sin(2 * a));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  } else {
    steps = await page.evaluate(async (ms) => {
      const cam = (window as unknown as { newsgraph: { sigma: { getCamera(): { getState(): { x: number; y: number }; animate(s: object, o: object): Promise<void> } } } }).newsgraph.sigma.getCamera();
      const end = performance.now() + ms;
      let n = 0;
      while (performance.now() < end) {
        const a = (++n / 12) * 2 * Math.PI;
        await cam.animate({ x: 0.5 + 0.2 * Math.sin(a), y: 0.5 + 0.1 * Math.sin(2 * a) }, { duration: 250 });
      }
      return n;
    }, PAN_MS);
  }
  await page.waitForTimeout(100);
  const probe = await page.evaluate(() => { const b = (window as unknown as { __bench: Probe }).__bench; b.recordFrames = false; return b; });
  const t1 = Math.max(probe.frames.at(-1) ?? t0, t0 + 1);
  const renders = probe.renders.slice(before).filter((r) => r.end >= t0);
  const renderMs = renders.map((r) => r.end - r.start);
  const gaps = probe.frames.slice(1).map((t, i) => t - probe.frames[i]!);
  return {
    ms: round(t1 - t0, 0),
    input_steps: steps,
    renders: renders.length,
    fps: round((renders.length / (t1 - t0)) * 1000, 1),
    browser_fps: round((probe.frames.length / (t1 - t0)) * 1000, 1),
    render_median_ms: round(median(renderMs), 1),
    render_p95_ms: round(quantile(renderMs, 0.95), 1),
    frame_p95_ms: round(quantile(gaps, 0.95), 1),
    longest_frame_ms: round(Math.max(0, ...gaps), 0),
  };
}

await main();
