// The frame-rate ceiling of this browser on this machine: a page with nothing but a full-window
// WebGL canvas cleared every frame (and one without WebGL), same flags and viewport as the viewer
// bench. Viewer fps is only meaningful next to it.
//   tsx bench/viewer/ceiling.ts
import { launchChromium } from '../lib/browser.js';

const SCRIPT = (gl: boolean) => `new Promise((res) => {
  const c = document.getElementById('c');
  const ctx = ${gl} ? c.getContext('webgl') : null;
  let n = 0; const t0 = performance.now();
  const f = () => { n++; if (ctx) { ctx.clearColor(Math.random(), 0, 0, 1); ctx.clear(ctx.COLOR_BUFFER_BIT); }
    if (performance.now() - t0 < 3000) requestAnimationFrame(f); else res(n / ((performance.now() - t0) / 1000)); };
  requestAnimationFrame(f);
})`;

export async function frameCeiling(): Promise<{ blank_fps: number; webgl_fps: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<body style="margin:0"><canvas id="c" width="1280" height="800"></canvas></body>');
    const blank = (await page.evaluate(SCRIPT(false))) as number;
    const webgl = (await page.evaluate(SCRIPT(true))) as number;
    return { blank_fps: Math.round(blank * 10) / 10, webgl_fps: Math.round(webgl * 10) / 10 };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await frameCeiling())}\n`);
