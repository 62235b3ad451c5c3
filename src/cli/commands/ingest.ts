// newsgraph ingest <paths|dirs|globs…> [--workers N] [--dry-run]: extract (worker threads), resolve,
// write each article in its own transaction. A bad file is reported with its name and reason and
// skipped; exit code 1 when anything failed. Progress bar on a TTY, one summary line in a pipe.
import { addRuleOptions, applyRuleOptions } from '../options/rules.js';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { addConnectionOptions, connectionFlags } from '../../config/flags.js';
import { NewsgraphError } from '../../errors.js';
import { ingest } from '../../ingest/ingest.js';
import { formatIngestSummary } from '../../ingest/summary.js';
import { openStore, type Store } from '../../store/store.js';
import { println, type CliIO } from '../io.js';
import { createProgress, type Progress } from '../progress.js';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected an integer from 1 to 64');
  return n;
}

export function register(program: Command, io: CliIO): void {
  const cmd = addConnectionOptions(
    program
      .command('ingest')
      .description('extract news files (.txt .md .html .jsonl, directories, globs) and write their graph to Neo4j')
      .argument('<paths...>', 'files, directories (searched recursively) or glob patterns')
      .option('--workers <n>', 'extraction worker threads (default: automatic)', parseWorkers)
      .option('--dry-run', 'extract and report, write nothing'),
  );
  addRuleOptions(cmd).action(async (paths: string[], options: Record<string, unknown>) => {
    await applyRuleOptions(options as { disableRules?: string }, io.env);
    const dryRun = options.dryRun === true;
    const store: Store | undefined = dryRun ? undefined : await openStore(loadConfig(io.env, connectionFlags(options)));
    const tty = io.stderr.isTTY === true;
    let extractBar: Progress | undefined;
    let writeBar: Progress | undefined;
    try {
      const summary = await ingest(paths, { store }, {
        workers: options.workers as number | undefined,
        dryRun,
        // on a TTY: one bar while extracting (files), one while writing (articles); in a pipe: nothing
        onExtractStart: ({ files }) => { if (tty) extractBar = createProgress(io, { total: files }); },
        onFileExtracted: ({ articles }) => extractBar?.tick(1, { items: articles }),
        onWriteStart: ({ articles }) => {
          extractBar?.stop(`extracted: ${extractBar.summary()}`);
          if (tty) writeBar = createProgress(io, { total: articles, unit: 'articles written', itemUnit: 'articles' });
        },
        onArticleWritten: () => writeBar?.tick(1, { items: 1 }),
      });
      extractBar?.stop(`extracted: ${extractBar.summary()}`);
      writeBar?.stop(`written: ${writeBar.summary()}`);
      for (const w of summary.warnings) println(io.stderr, `newsgraph: warning: ${w}`);
      for (const f of summary.failures) println(io.stderr, `newsgraph: ingest: ${f.reason}`);
      println(io.stdout, formatIngestSummary(summary));
      if (summary.failures.length || summary.failed) {
        throw new NewsgraphError(`ingest: ${summary.failed} article(s) in ${new Set(summary.failures.map((f) => f.file)).size} file(s) failed (see above)`);
      }
    } finally {
      await store?.close();
    }
  });
}
