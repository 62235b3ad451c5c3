// Progress of long work on stderr: a cli-progress bar on a TTY (done/total, items, items/s, ETA);
// in a pipe, nothing until one summary line at the end.
import { SingleBar } from 'cli-progress';
import type { CliIO } from './io.js';

export interface ProgressOptions {
  total: number;
  unit?: string; // what `total` counts (default "files")
  itemUnit?: string; // what the throughput counts (default "articles")
  now?: () => number; // clock in ms (tests)
}

export interface Progress {
  /** `n` more units done, and `extra.items` more items (articles) processed. */
  tick(n?: number, extra?: { items?: number }): void;
  /** Ends the bar and writes one summary line (the default summary when none is given). */
  stop(summaryLine?: string): void;
  /** The default summary: "5 files, 26 articles in 1.2 s (21.7 articles/s)". */
  summary(): string;
}

const rate = (items: number, ms: number): string => (ms > 0 ? (items / (ms / 1000)).toFixed(1) : '0.0');

export function createProgress(io: CliIO, options: ProgressOptions): Progress {
  const { total, unit = 'files', itemUnit = 'articles', now = Date.now } = options;
  const started = now();
  let done = 0;
  let items = 0;
  const bar = io.stderr.isTTY
    ? new SingleBar({
        stream: io.stderr,
        format: `{bar} {value}/{total} ${unit} | {items} ${itemUnit} | {rate} ${itemUnit}/s | ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
        fps: 5,
      })
    : undefined;
  bar?.start(total, 0, { items: 0, rate: '0.0' });
  let stopped = false;
  const summary = (): string =>
    `${done} ${unit}, ${items} ${itemUnit} in ${((now() - started) / 1000).toFixed(1)} s (${rate(items, now() - started)} ${itemUnit}/s)`;
  return {
    tick(n = 1, extra = {}) {
      done += n;
      items += extra.items ?? 0;
      bar?.update(done, { items, rate: rate(items, now() - started) });
    },
    stop(summaryLine) {
      if (stopped) return;
      stopped = true;
      bar?.stop();
      io.stderr.write(`${summaryLine ?? summary()}\n`);
    },
    summary,
  };
}
