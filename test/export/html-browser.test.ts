// The HTML report in real Chromium: one file, no request leaves it, and the graph is interactive.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { writeExport } from '../../src/export/write.js';
import { chromiumAvailable, launchChromium } from '../browser/chromium.js';
import { fixtureSubgraph } from './fixture-subgraph.js';

const available = chromiumAvailable();
if (!available) console.warn('skipping HTML report browser tests: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
const maybe = available ? describe : describe.skip;

maybe('html report in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'newsgraph-html-')), 'report.html');
    await writeExport(fixtureSubgraph(), 'html', out);
    url = pathToFileURL(out).href;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no request beyond its own file, no script error, no injected markup', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(await page.locator('script:not([id="graph-data"])').count()).toBe(1); // the hostile <script> stayed text
    expect(await page.locator('#graph svg .node').count()).toBe(7);
    expect(await page.locator('#graph svg .edge').count()).toBe(6);
    await page.close();
  });

  it('shows an entity\'s relations on click and a relation\'s quoted evidence', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('.node[data-node="country:north-korea"] circle').click();
    const details = page.locator('#details');
    await expect(details.locator('h3').textContent()).resolves.toBe('North Korea');
    await expect(details.textContent()).resolves.toMatch(/North Korea DEPLOYS_TO → Russia \(2\)/);
    await details.getByText(/North Korea DEPLOYS_TO → Russia/).click();
    await expect(details.textContent()).resolves.toContain('North Korea has sent troops to Russia, the Pentagon said.');
    await expect(details.textContent()).resolves.toContain('claimed by Pentagon');
    await page.close();
  });

  it('finds entities by alias and filters relation types', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('#search').fill('pyongyang');
    await expect(page.locator('.node.match').count()).resolves.toBe(1);
    await page.locator('#search').press('Enter');
    await expect(page.locator('#details h3').textContent()).resolves.toBe('North Korea');
    await page.locator('#type-filter input[value="DEPLOYS_TO"]').uncheck();
    await expect(page.locator('.edge.hidden').count()).resolves.toBe(2);
    await page.close();
  });

  it('zooms with the wheel', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('#graph svg').scrollIntoViewIfNeeded();
    const box = (await page.locator('#graph svg').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height - 20); // background, not a node
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(() => document.querySelector('#graph svg .viewport')?.getAttribute('transform') !== null);
    await expect(page.locator('#graph svg .viewport').getAttribute('transform')).resolves.toMatch(/scale\(1\.2/);
    await page.close();
  });
});
