// `newsgraph serve` as a user runs it: a child process printing its URL, answering, stopping on SIGTERM.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

const BIN = join(PACKAGE_ROOT, 'src', 'cli', 'bin.ts');

interface Running { child: ChildProcess; stdout: string[]; stderr: string[]; url: Promise<string>; exit: Promise<number | null> }

function serve(...args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'serve', ...args], { cwd: PACKAGE_ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout.push(d.toString());
      const m = /http:\/\/\S+\//.exec(stdout.join(''));
      if (m) resolve(m[0]);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr.join('')}`)));
  });
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  url.catch(() => undefined);
  return { child, stdout, stderr, url, exit };
}

test('serves on 127.0.0.1, prints its URL, stops cleanly on SIGTERM', async () => {
  const run = serve('--port', '0');
  const url = await run.url;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const stats = await fetch(`${url}api/stats`);
  expect(stats.status).toBe(200);
  expect(await stats.json()).toHaveProperty('entities');
  run.child.kill('SIGTERM');
  expect(await run.exit).toBe(0);
  expect(run.stdout.join('')).toContain('stopped');
  expect(run.stderr.join('')).not.toContain('WARNING');
}, 60_000);

test('binding elsewhere than loopback prints a warning', async () => {
  const run = serve('--port', '0', '--host', '0.0.0.0');
  await run.url;
  run.child.kill('SIGTERM');
  await run.exit;
  expect(run.stderr.join('')).toMatch(/WARNING: listening on 0\.0\.0\.0/);
}, 60_000);

test.each([
  [['--port', 'http'], /--port must be an integer/],
  [['--max-nodes', '5'], /--max-nodes must be an integer/],
])('serve %j → exit 2 naming the flag', async (args, message) => {
  const run = serve(...args);
  expect(await run.exit).toBe(2);
  expect(run.stderr.join('')).toMatch(message);
}, 60_000);
