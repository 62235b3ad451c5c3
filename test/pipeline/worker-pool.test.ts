import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Article } from '../../src/graph/types.js';
import { WorkerPool } from '../../src/pipeline/worker-pool.js';

const SCRIPT = pathToFileURL(resolve('test/fixtures/pipeline/scripted-worker.mjs'));
const article = (text: string, index = 0): Article => ({ id: `id${index}`, key: `f.txt#${index}`, file: 'f.txt', index, start: 0, end: text.length, text });

describe('WorkerPool', () => {
  test('a task waiting behind one that kills its worker is run again elsewhere', async () => {
    const single = new WorkerPool(SCRIPT, 1);
    try {
      const dying = single.run([article('crash')]);
      const waiting = single.run([article('next')]); // posted to the same worker (two in flight)
      await expect(dying).rejects.toThrow(/scripted crash/);
      expect((await waiting)[0]!.article.text).toBe('next');
    } finally {
      await single.close();
    }
  });

  let pool: WorkerPool;
  beforeAll(() => { pool = new WorkerPool(SCRIPT, 2); });
  afterAll(() => pool.close());

  test('runs tasks on the workers and validates what comes back', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t, i) => pool.run([article(t, i)])));
    expect(results.map((graphs) => graphs[0]!.article.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test.each([
    ['fail', /scripted failure/],
    ['invalid', /worker result failed validation/],
    ['crash', /scripted crash/],
    ['exit', /worker exited with code 3/],
  ])('a task that ends in %s is rejected; the others, queued or waiting, go on', async (text, message) => {
    const behind = [pool.run([article('p')]), pool.run([article('q')])];
    await expect(pool.run([article(text)])).rejects.toThrow(message);
    expect((await Promise.all(behind)).map((g) => g[0]!.article.text)).toEqual(['p', 'q']);
    const after = await Promise.all([pool.run([article('x')]), pool.run([article('y')]), pool.run([article('z')])]);
    expect(after.map((g) => g[0]!.article.text)).toEqual(['x', 'y', 'z']);
  });

  test('a closed pool takes no more work', async () => {
    const closing = new WorkerPool(SCRIPT, 1);
    await closing.close();
    await expect(closing.run([article('late')])).rejects.toThrow(/closed/);
  });
});
