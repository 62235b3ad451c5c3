// newsgraph evaluate --gold DIR --docs DIR [--json] [--verbose] [--baseline compromise] [--workers N]
import { Command, InvalidArgumentError, Option } from 'commander';
import { NewsgraphError } from '../../errors.js';
import type { System } from '../../evaluate/evaluate-docs.js';
import { formatReport } from '../../evaluate/score.js';
import { println, type CliIO } from '../io.js';
import { createProgress, type Progress } from '../progress.js';

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected an integer from 1 to 64');
  return n;
}

export function register(program: Command, io: CliIO): void {
  program
    .command('evaluate')
    .description('extract the documents that have gold answers and score them (rules of the eval README: per type, NAMED, ENTITIES, RELATIONS, PAIRS)')
    .requiredOption('--gold <dir>', 'directory of gold answers, one <name>.json per document')
    .requiredOption('--docs <dir>', 'directory of the documents, <name>.txt|.md|.html|.jsonl')
    .option('--json', 'print the report as JSON (same fields as score.mjs --json)')
    .option('--verbose', 'list missed and spurious entities per document on stderr')
    .addOption(new Option('--baseline <system>', 'score a baseline instead of newsgraph').choices(['compromise']))
    .option('--workers <n>', 'worker threads for extraction (default: automatic)', parseWorkers)
    .action(async (opts: { gold: string; docs: string; json?: boolean; verbose?: boolean; baseline?: System; workers?: number }) => {
      let progress: Progress | undefined;
      const { evaluateDocuments } = await import('../../evaluate/evaluate-docs.js'); // loads the extractor on use
      const result = await evaluateDocuments(opts.gold, opts.docs, {
        system: opts.baseline ?? 'newsgraph',
        workers: opts.workers,
        onStart: ({ files }) => { progress = createProgress(io, { total: files }); },
        onProgress: ({ articles }) => progress?.tick(1, { items: articles }),
      });
      progress?.stop();
      for (const w of result.warnings) println(io.stderr, `newsgraph: warning: ${w}`);
      for (const e of result.errors) println(io.stderr, `newsgraph: ${e.reason}`);
      if (opts.verbose) {
        for (const d of result.diagnostics) println(io.stderr, `# ${d.document}\n  missed:   ${d.missed.join(' | ')}\n  spurious: ${d.spurious.join(' | ')}`);
      }
      if (opts.json) println(io.stdout, JSON.stringify(result.report, null, 2));
      else for (const line of formatReport(result.report)) println(io.stdout, line);
      if (result.errors.length) throw new NewsgraphError(`evaluate: ${result.errors.length} document(s) could not be extracted (see above)`);
    });
}
