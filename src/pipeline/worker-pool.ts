// A fixed pool of extraction worker threads fed from a queue; each worker runs one task at a time.
// A worker that dies fails its task and is replaced.
import { Worker } from 'node:worker_threads';
import type { ArticleGraph } from '../graph/types.js';
import { TaskResultSchema, type ExtractTask } from './worker-protocol.js';

interface Pending {
  task: ExtractTask;
  resolve: (graphs: ArticleGraph[]) => void;
  reject: (err: Error) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly script: URL, readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
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
    for (const pending of this.queue.splice(0)) pending.reject(new Error('pipeline/worker-pool: closed'));
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    worker.on('message', (message: unknown) => {
      const pending = this.busy.get(worker);
      if (!pending) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      const parsed = TaskResultSchema.safeParse(message);
      if (!parsed.success) pending.reject(new Error(`worker result failed validation: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
      else if ('error' in parsed.data) pending.reject(new Error(parsed.data.error));
      else pending.resolve(parsed.data.graphs);
      this.pump();
    });
    let failed: Error | undefined;
    worker.on('error', (err) => { failed = err; });
    worker.on('exit', (code) => {
      if (this.closed) return;
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      pending?.reject(failed ?? new Error(`worker exited with code ${code}`));
      this.idle.push(this.spawn());
      this.pump();
    });
    return worker;
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  }
}
