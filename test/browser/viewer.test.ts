// The viewer in real Chromium at 1280×800 on the seeded test database: search "North Korea", open
// its panel, find evidence mentioning Russia, filter by label, trace a path, export a PNG.
// Screenshots go to test-artifacts/ (gitignored) for a human to look at.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PACKAGE_ROOT, VIEWER_DIST_DIR } from '../../src/paths.js';
import { createApp } from '../../src/serve/app.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { FIXTURE_GRAPHS, IR, KIM, NK, RU, UA } from '../serve/fixtures.js';
import { seed } from '../serve/seed.js';
import { launchChromium } from './chromium.js';

const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts');
let store: Store;
let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

/** The written labels and whether every visible disc lies inside the stage. */
const drawing = async () => page.waitForTimeout(300).then(() => page.evaluate(() => {
  const app = (window as any).newsgraph;
  const { width, height } = app.sigma.getDimensions();
  const inside = [...app.cache.visible.nodes].every((n: string) => {
    const p = app.sigma.framedGraphToViewport(app.sigma.getNodeDisplayData(n));
    return p.x > 0 && p.x < width && p.y > 0 && p.y < height;
  });
  return { labels: [...(app.cache.labels ?? [])] as string[], inside, faded: app.cache.emphasis ? [...app.cache.labels].filter((n: string) => !app.cache.emphasis.nodes.has(n)) : [] };
}));
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
const layoutDone = () => page.waitForFunction(() => document.body.dataset.layout === 'done' && document.body.dataset.busy !== 'true', null, { timeout: 30_000 });

/** Where a node is drawn on the screen, once the stage has stopped moving (camera, resize). */
async function stableScreenPosition(id: string): Promise<{ x: number; y: number }> {
  const at = () => page.evaluate((node) => {
    const app = (window as any).newsgraph;
    const p = app.sigma.framedGraphToViewport(app.sigma.getNodeDisplayData(node));
    const box = document.getElementById('sigma')!.getBoundingClientRect();
    return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
  }, id);
  let last = await at();
  for (let i = 0; i < 30; i += 1) {
    await page.waitForTimeout(100);
    const now = await at();
    if (now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  return last;
}

async function choose(inputId: string, text: string, optionText: string): Promise<void> {
  await page.fill(`#${inputId}`, text);
  const option = page.locator(`#${inputId}-list [role=option]`, { hasText: optionText }).first();
  await option.waitFor();
  await option.dispatchEvent('mousedown');
}

beforeAll(async () => {
  if (!existsSync(join(VIEWER_DIST_DIR, 'index.html'))) throw new Error('viewer not built: run `npm run build:viewer` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  store = await openTestStore();
  await resetDatabase(store);
  await seed(store, FIXTURE_GRAPHS);
  server = createApp({ db: store, viewerDir: VIEWER_DIST_DIR, allowedHosts: ['127.0.0.1'] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(msg.text()); });
  // no request may leave the machine: everything is bundled
  await context.route((url) => !url.href.startsWith(base), (route) => { pageErrors.push(`external request ${route.request().url()}`); return route.abort(); });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await store?.close();
});

test('opens on the whole (small) graph', async () => {
  await page.goto(base);
  await layoutDone();
  expect(await page.textContent('#statusbar')).toContain('12 entities');
  expect(await page.textContent('#db-summary')).toContain('12 entities');
  expect(await page.getAttribute('#view-overview', 'aria-pressed')).toBe('true');
  await page.waitForFunction(() => !(window as any).newsgraph.sigma.getCamera().isAnimated());
  // the fit keeps every disc in the stage; a small graph names its entities (labels never overlap)
  const d = await drawing();
  expect(d.inside).toBe(true);
  expect(d.labels).toEqual(expect.arrayContaining([NK.id, IR.id, KIM.id]));
  expect(d.labels.length).toBeGreaterThanOrEqual(8);
  await shot('01-overview');
});

test('search "North Korea" → centred, highlighted, panel with evidence mentioning Russia', async () => {
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  await page.keyboard.type('North Korea');
  await page.locator('#search-input-list [role=option]', { hasText: 'North Korea' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#panel-title', { hasText: 'North Korea' }).waitFor();
  const evidence = page.locator('#node-evidence li.evidence', { hasText: 'Russia' }).first();
  await evidence.waitFor();
  expect(await evidence.textContent()).toContain('according to Pentagon');
  expect(await evidence.textContent()).toContain('North Korean troops arrive in Kursk');
  expect(page.url()).toContain(`focus=${encodeURIComponent(NK.id)}`);
  expect(await page.locator('.figures li').first().textContent()).toMatch(/10,000 troops.*according to Pentagon/);
  // article text is text: the "<b>" of the fixture is shown, never parsed
  const raw = page.locator('#node-evidence blockquote', { hasText: '<b>deployment</b>' });
  expect(await raw.count()).toBe(1);
  expect(await page.locator('#node-evidence blockquote b').count()).toBe(0);
  // the entity's names are marked in its evidence sentences (as text: <mark> holds a text node)
  const marks = await page.locator('#node-evidence blockquote mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(NK.aliases.map((a) => a.toLowerCase())).toContain(m.toLowerCase());
  // selected: its neighbours are named, the faded rest never is
  await page.waitForFunction((id) => (window as any).newsgraph.cache.emphasis?.nodes.has(id), NK.id);
  const d = await drawing();
  expect(d.labels).toEqual(expect.arrayContaining([NK.id, RU.id, UA.id]));
  expect(d.faded).toEqual([]);
  await shot('02-search-north-korea');
  // the article behind a sentence, as text, the sentence marked
  await page.locator('#node-evidence li.evidence', { hasText: '<b>deployment</b>' }).locator('button.art-title').click();
  await page.locator('#article-text mark').waitFor();
  expect(await page.textContent('#article-text mark')).toBe('Ukraine said the <b>deployment</b> was an escalation.');
  expect(await page.locator('#article-text b').count()).toBe(0);
  await shot('02b-article-text');
  await page.click('#panel-back');
  await page.locator('#panel-title', { hasText: 'North Korea' }).waitFor();
});

test('clicking a relation shows every evidence sentence of the edge', async () => {
  await page.locator('#panel-body button.rel', { hasText: 'Russia' }).first().click();
  await page.locator('#panel-kicker', { hasText: 'Relation' }).waitFor();
  await page.locator('#edge-evidence li.evidence').first().waitFor();
  expect(await page.textContent('#panel-title')).toMatch(/North Korea.*Russia/);
  // both ends are marked in the sentences
  const marks = (await page.locator('#edge-evidence blockquote mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marks.some((m) => NK.aliases.map((a) => a.toLowerCase()).includes(m))).toBe(true);
  expect(marks.some((m) => ['russia', 'moscow', 'the kremlin', 'russian'].includes(m))).toBe(true);
  await shot('03-edge-evidence');
});

test('a label filter hides entities and lives in the URL', async () => {
  const before = Number(await page.evaluate(() => document.body.dataset.visibleNodes));
  await page.locator('label[for="f-label-Person"]').click();
  await page.waitForFunction((n) => Number(document.body.dataset.visibleNodes) < n, before);
  expect(Number(await page.evaluate(() => document.body.dataset.visibleNodes))).toBe(before - 2);
  expect(page.url()).toContain('labels=');
  await page.reload();
  await layoutDone();
  expect(await page.isChecked('#f-label-Person')).toBe(false);
  expect(Number(await page.evaluate(() => document.body.dataset.visibleNodes))).toBe(before - 2);
  await shot('04-filter-no-person');
  await page.locator('label[for="f-label-Person"]').click();
});

test('clicking a node on the canvas opens its panel', async () => {
  await page.keyboard.press('Escape');
  await page.click('#zoom-reset'); // the reloaded view is centred on North Korea: see everything
  await page.waitForFunction(() => document.body.dataset.busy !== 'true' && !(window as any).newsgraph.sigma.getCamera().isAnimated());
  const pos = await stableScreenPosition(IR.id);
  await page.mouse.click(pos.x, pos.y);
  try {
    await page.locator('#panel-title', { hasText: 'Iran' }).waitFor({ timeout: 5000 });
  } catch (err) {
    await shot('failed-canvas-click');
    throw new Error(`no Iran panel after clicking ${JSON.stringify(pos)}: ${String(err)}`);
  }
  // Escape from inside the panel closes it and leaves the focus on the canvas (not lost on <body>)
  await page.focus('#panel-expand');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('panel')!.hidden);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sigma');
});

test('traces a shortest path between two chosen entities', async () => {
  await choose('path-from', 'Kim', 'Kim Jong-un');
  await choose('path-to', 'Iran', 'Iran');
  await page.click('#path-btn');
  await page.waitForFunction(() => location.search.includes('view=path'));
  await layoutDone();
  const path = await page.evaluate(() => {
    const app = (window as any).newsgraph;
    return { nodes: [...app.cache.emphasis.nodes], visible: app.cache.visible.nodes.size };
  });
  expect(path.visible).toBe(4);
  expect(await page.textContent('#statusbar')).toMatch(/^Path: Kim Jong-un → .* → Iran \(3 hops\)/);
  expect(path.nodes).toEqual(expect.arrayContaining([KIM.id, IR.id]));
  // the panel lists the hops; each relation opens its evidence; closing the relation comes back to the hops
  await page.locator('#path-hops').waitFor();
  expect(await page.textContent('#panel-kicker')).toBe('Shortest path');
  const hopNames = await page.locator('#path-hops .hop-node').allTextContents();
  expect(hopNames[0]).toBe('Kim Jong-un');
  expect(hopNames.at(-1)).toBe('Iran');
  expect(hopNames).toHaveLength(4);
  expect(await page.locator('#path-hops .hop-rels').count()).toBe(3);
  expect((await drawing()).labels).toEqual(expect.arrayContaining(path.nodes.filter((n: string) => [KIM.id, IR.id].includes(n))));
  await shot('05-path-kim-iran');
  await page.locator('#path-hops .hop-rels button.rel').first().click();
  await page.locator('#edge-evidence li').first().waitFor();
  await page.click('#panel-close');
  await page.locator('#path-hops').waitFor();
  await page.click('#panel-close');
  await page.waitForFunction(() => document.getElementById('panel')!.hidden);
});

test('alliance lens and Louvain colouring', async () => {
  await page.click('#view-alliance');
  await layoutDone();
  await page.selectOption('#color-by', 'community');
  expect(page.url()).toContain('color=community');
  // a legend of the communities, each named by its best-connected members, counts adding up to what is shown
  const rows = page.locator('#community-legend li.legend-row');
  await rows.first().waitFor();
  const counts = (await rows.locator('.legend-count').allTextContents()).map(Number);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(await page.evaluate(() => document.body.dataset.visibleNodes)));
  expect((await rows.locator('.legend-name').allTextContents()).join(' ')).toMatch(/Russia|North Korea|Iran|China/);
  expect(await page.textContent('#statusbar')).toMatch(/entities/);
  await shot('06-alliance-communities');
});

test('exports the view as PNG', async () => {
  const download = page.waitForEvent('download');
  await page.click('#export-btn');
  await page.click('[data-export="png"]');
  const file = await download;
  const path = join(ARTIFACTS, 'export-view.png');
  await file.saveAs(path);
  const png = readFileSync(path);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(5000);
});

test('exports the visible subgraph as GEXF, GraphML and JSON', async () => {
  for (const [format, check] of [['gexf', '<gexf'], ['graphml', '<graphml'], ['json', '"nodes"']] as const) {
    const download = page.waitForEvent('download');
    await page.click('#export-btn');
    await page.click(`[data-export="${format}"]`);
    const path = join(ARTIFACTS, `export-view.${format}`);
    await (await download).saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(check);
    expect(text).toContain('North Korea');
  }
});

test('empty state when nothing matches the filters', async () => {
  await page.fill('#min-mentions', '20');
  await page.locator('#min-mentions').dispatchEvent('input');
  await page.locator('#empty', { hasText: 'filtered out' }).waitFor();
  await shot('07-empty-filtered');
  await page.click('#empty-reset');
  await page.waitForFunction(() => Number(document.body.dataset.visibleNodes) > 0);
  expect(page.url()).not.toContain('mentions=');
});

test('an empty database says how to fill it', async () => {
  await resetDatabase(store);
  await page.goto(base);
  await page.locator('#empty', { hasText: 'The graph is empty' }).waitFor();
  expect(await page.textContent('#empty-text')).toContain('newsgraph ingest');
  expect(await page.isHidden('#loading')).toBe(true);
  await shot('08-empty-database');
  await seed(store, FIXTURE_GRAPHS);
});

test('a narrow window: the details float over the graph instead of squeezing it', async () => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(`${base}/?sel=node:${encodeURIComponent(NK.id)}`);
  await layoutDone();
  await page.locator('#panel-title', { hasText: 'North Korea' }).waitFor();
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('panel')!).position)).toBe('absolute');
  expect(await page.evaluate(() => document.getElementById('sigma')!.clientWidth)).toBeGreaterThanOrEqual(600);
  // the status line stays clear of the zoom buttons
  const [status, zoom] = await Promise.all([page.locator('#statusbar').boundingBox(), page.locator('.zoom').boundingBox()]);
  expect(status!.x + status!.width).toBeLessThanOrEqual(zoom!.x);
  await shot('09-narrow');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('no page error and no request left the machine', () => {
  expect(pageErrors).toEqual([]);
});
