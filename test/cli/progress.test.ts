import { Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { createProgress } from '../../src/cli/progress.js';

function capture(isTTY: boolean): { io: CliIO; err: () => string } {
  let text = '';
  const stream = Object.assign(new Writable({ write(chunk, _enc, cb) { text += String(chunk); cb(); } }), { isTTY, columns: 120 });
  const out = new Writable({ write(_c, _e, cb) { cb(); } });
  return { io: { env: {}, stdout: out, stderr: stream }, err: () => text };
}

describe('createProgress', () => {
  test('in a pipe: nothing until one summary line', () => {
    let t = 0;
    const { io, err } = capture(false);
    const p = createProgress(io, { total: 3, now: () => t });
    p.tick(1, { items: 4 });
    t = 1000;
    p.tick(2, { items: 6 });
    expect(err()).toBe('');
    t = 2000;
    p.stop();
    expect(err()).toBe('3 files, 10 articles in 2.0 s (5.0 articles/s)\n');
    p.stop('again');
    expect(err().split('\n')).toHaveLength(2);
  });

  test('on a TTY: a bar with files, articles, rate and ETA, then the given summary', () => {
    let t = 0;
    const { io, err } = capture(true);
    const p = createProgress(io, { total: 4, unit: 'files', itemUnit: 'articles', now: () => t });
    try {
      t = 500;
      p.tick(1, { items: 5 });
    } finally {
      p.stop('extract: done'); // renders the last state, then the summary
    }
    expect(err()).toMatch(/1\/4 files \| 5 articles \| 10\.0 articles\/s \| ETA/);
    expect(err()).toMatch(/extract: done\n$/);
  });
});
