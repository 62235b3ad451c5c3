// Peak memory of this process (resident set, including worker threads) and a heap sampler.
import { readFileSync } from 'node:fs';

/** peak resident set size of this process so far, in MiB (getrusage maxrss) */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** peak resident set size of another process (Linux VmHWM), in MiB; undefined when unreadable */
export function peakRssOfPid(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** samples heapUsed every `everyMs` until stopped; returns the peak in MiB */
export function heapSampler(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return Math.round(peak / 1024 / 1024);
    },
  };
}
