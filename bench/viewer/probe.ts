// Runs inside the page before the viewer's own code (page.addInitScript): waits for the viewer's
// App (window.newsgraph) and records every sigma render, so the bench can read when the first frame
// with nodes was drawn and how long each render took while panning. Plain JavaScript in a string:
// a transpiled function could carry helpers (tsx's __name) that do not exist in the page.
export interface Probe {
  renders: { start: number; end: number; nodes: number }[];
  firstRender?: number;
  frames: number[];
  recordFrames: boolean;
}

export const PROBE_SCRIPT = `(() => {
  const probe = { renders: [], frames: [], recordFrames: false, firstRender: undefined };
  window.__bench = probe;
  let attached = false;
  let renderStart = 0;
  const tick = (t) => {
    if (!attached && window.newsgraph && window.newsgraph.sigma) {
      attached = true;
      const app = window.newsgraph;
      app.sigma.on('beforeRender', () => { renderStart = performance.now(); });
      app.sigma.on('afterRender', () => {
        const end = performance.now();
        const nodes = app.graph.order;
        probe.renders.push({ start: renderStart || end, end, nodes });
        if (nodes > 0 && probe.firstRender === undefined) probe.firstRender = end;
      });
    }
    if (probe.recordFrames) probe.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
