// Worker thread entry (runs from dist/): extracts the articles of each task it is sent.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import type { ExtractTask, TaskResult } from './worker-protocol.js';

if (!parentPort) throw new Error('pipeline/worker: must run as a worker thread');
const port = parentPort;
port.on('message', (task: ExtractTask) => {
  let result: TaskResult;
  try {
    result = { id: task.id, graphs: task.articles.map((article) => extractArticle(article)) };
  } catch (err) {
    result = { id: task.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(result);
});
