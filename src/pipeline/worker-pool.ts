// A fixed pool of extraction worker threads fed from a queue. Each worker holds up to two tasks (one
// running, one waiting in its message queue) so it never idles while the main thread is busy. A
// worker that dies fails its tasks and is replaced.
import { Worker } from 'node:worker_threads';
import type { ArticleGraph } from '../graph/types.js';
import { TaskResultSchema, type ExtractTask } from './worker-protocol.js';

interface Pending {
  task: ExtractTask;
  resolve: (graphs: ArticleGraph[]) => void;
  reject: (err: Error) => void;
}

const IN_FLIGHT = 2;

export class WorkerPool {
  private readonly workers = new Map<Worker, Pending[]>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly script: URL, readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(articles: ExtractTask['articles']): Promise<ArticleGraph[]> {
    if (this.closed) return Promise.reject(new Error('pipeline/worker-pool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, articles }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const closed = new Error('pipeline/worker-pool: closed');
    for (const pending of this.queue.splice(0)) pending.reject(closed);
    for (const list of this.workers.values()) for (const pending of list.splice(0)) pending.reject(closed);
    await Promise.all([...this.workers.keys()].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    const inFlight: Pending[] = [];
    this.workers.set(worker, inFlight);
    worker.on('message', (message: unknown) => {
      const pending = inFlight.shift();
      if (!pending) return;
      const parsed = TaskResultSchema.safeParse(message);
      if (!parsed.success) pending.reject(new Error(`worker result failed validation: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
      else if (parsed.data.id !== pending.task.id) pending.reject(new Error(`worker answered task ${parsed.data.id}, expected ${pending.task.id}`));
      else if ('error' in parsed.data) pending.reject(new Error(parsed.data.error));
      else pending.resolve(parsed.data.graphs);
      this.pump();
    });
    let failed: Error | undefined;
    worker.on('error', (err) => { failed = err; });
    worker.on('exit', (code) => {
      this.workers.delete(worker);
      if (this.closed) return;
      // The running task failed; the one waiting behind it goes back to the front of the queue.
      const [running, ...waiting] = inFlight.splice(0);
      running?.reject(failed ?? new Error(`worker exited with code ${code}`));
      this.queue.unshift(...waiting);
      this.spawn();
      this.pump();
    });
  }

  private pump(): void {
    for (let level = 0; level < IN_FLIGHT; level++) {
      for (const [worker, inFlight] of this.workers) {
        if (!this.queue.length) return;
        if (inFlight.length > level) continue;
        const pending = this.queue.shift()!;
        inFlight.push(pending);
        worker.postMessage(pending.task);
      }
    }
  }
}
