// One cold extractFiles run in a fresh process, as `newsgraph extract --workers N` would do it:
//   tsx bench/extract/files.ts --input DIR --workers N   → prints {"ms","cpuMs","workers","articles"}
import { parseArgs } from 'node:util';
import { extractFilesFn } from '../lib/product.js';
import { timed } from '../lib/timing.js';

const { values } = parseArgs({ options: { input: { type: 'string' }, workers: { type: 'string', default: '1' } } });
const { fn, from } = await extractFilesFn();
const t = await timed(() => fn([values.input!], { workers: Number(values.workers) }) as Promise<{ workers: number; articles: number }>);
process.stdout.write(`${JSON.stringify({ ms: t.ms, cpuMs: t.cpuMs, workers: t.value.workers, articles: t.value.articles, from })}\n`);
