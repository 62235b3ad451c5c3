// Debian's chromium driven by playwright-core (never `npx playwright install`): no network, no GPU.
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Used by other suites (test/export) to decide whether to run. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`test/browser: no Chromium at ${CHROMIUM}: apt-get install -y chromium (what .ci/run does), or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
      '--disable-component-update', '--disable-sync',
      // WebGL (sigma) on the CPU: SwiftShader, explicitly allowed since Chromium no longer falls back silently
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
}
