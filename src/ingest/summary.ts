// The one line an ingest prints at the end (also the whole output in a pipe).
import type { IngestSummary } from './types.js';

const n = (x: number) => x.toLocaleString('en-US');

export function formatIngestSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? (s.articles / seconds).toFixed(1) : '0.0';
  const unreadable = s.unreadableFiles ? ` (${n(s.unreadableFiles)} file${s.unreadableFiles === 1 ? '' : 's'} could not be read)` : '';
  const time = `${seconds.toFixed(1)} s (${rate} articles/s, ${s.workers} worker${s.workers === 1 ? '' : 's'})`;
  if (s.dryRun) {
    return `ingest (dry run): ${n(s.articles)} articles from ${n(s.files)} files, ${n(s.entities)} entities, ${n(s.relations)} relations extracted, ` +
      `${n(s.failed)} failed${unreadable}, nothing written; ${time}`;
  }
  return `ingest: ${n(s.articles)} articles from ${n(s.files)} files: ${n(s.new)} new, ${n(s.unchanged)} unchanged, ${n(s.updated)} updated, ` +
    `${n(s.failed)} failed${unreadable}; ${n(s.nodesCreated)} nodes and ${n(s.relationshipsCreated)} relationships created; ${time}`;
}
