// Shared by the integration suites: an empty test database with the bundled corpus ingested.
import { ingest } from '../../src/ingest/ingest.js';
import type { IngestSummary } from '../../src/ingest/types.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import type { Store } from '../../src/store/store.js';
import { resetDatabase } from '../helpers/neo4j.js';

/** How long a beforeAll that ingests the corpus may take (cold server, shared 2-core machine). */
export const INGEST_TIMEOUT_MS = 240_000;

export async function freshCorpus(store: Store): Promise<IngestSummary> {
  await resetDatabase(store);
  const summary = await ingest([SAMPLE_CORPUS_DIR], { store });
  if (summary.failed || summary.failures.length) {
    throw new Error(`test corpus ingest failed: ${summary.failures.map((f) => f.reason).join('; ')}`);
  }
  return summary;
}
