// newsgraph extract <paths...> [--format json|eval] [--out DIR] [--workers N]
//   stdout, json: a JSON array of the ArticleGraphs of all articles
//   stdout, eval: one scorer document per input file, one per line (for one input: exactly a scorer file)
//   --out DIR: one file per input document, DIR/<base name>.json (json: its ArticleGraphs; eval: its scorer document)
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Command, Option } from 'commander';
import { NewsgraphError, UsageError } from '../../errors.js';
import { toEvalDocument } from '../../extract/eval-format.js';
import type { FileExtraction } from '../../pipeline/extract-files.js';
import { println, type CliIO } from '../io.js';
import { createProgress, type Progress } from '../progress.js';
import { parseWorkers } from './evaluate.js';
import { addRuleOptions, applyRuleOptions, parseConfidence } from '../options/rules.js';
import { defaultThreshold } from '../../graph/confidence-table.js';

type Format = 'json' | 'eval';

const outName = (file: string): string => `${basename(file, extname(file))}.json`;

function render(f: FileExtraction, format: Format, minConfidence: number): unknown {
  return format === 'eval' ? toEvalDocument(basename(f.file), f.graphs, { minConfidence }) : f.graphs;
}

export function register(program: Command, io: CliIO): void {
  addRuleOptions(program
    .command('extract')
    .description('extract entities, relations and events from news files (.txt .md .html .jsonl, directories, globs)')
    .argument('<paths...>', 'files, directories (searched recursively) or glob patterns')
    .addOption(new Option('--format <format>', 'json: ArticleGraphs; eval: the scorer format').choices(['json', 'eval']).default('json'))
    .option('--out <dir>', 'write one <base name>.json per input file into DIR instead of printing')
    .option('--workers <n>', 'worker threads (default: automatic)', parseWorkers)
    .option('--min-confidence <x>', `eval: leave out relations below this confidence (default: the calibrated threshold, ${defaultThreshold()}; 0 keeps everything)`, parseConfidence)
    .addHelpText('after', `
Output: json prints a JSON array of ArticleGraphs; eval prints one scorer document per input file, one per
line (a single input gives exactly a scorer file). With --out, DIR/<base name>.json per input file.
Offsets (article start/end, evidence, figures) point into the file as read: the UTF-8 text of .txt/.md,
the text content of .html (one line per block element), the record's "text" for .jsonl.
Every relation carries its confidence (calibrated per rule) and the rules that produced it.`))
    .action(async (paths: string[], opts: { format: Format; out?: string; workers?: number; minConfidence?: number; disableRules?: string }) => {
      await applyRuleOptions(opts, io.env);
      const min = opts.minConfidence ?? defaultThreshold();
      let progress: Progress | undefined;
      // Loaded on use: the extractor (compromise, gazetteers) is not needed by the other commands.
      const { extractFiles } = await import('../../pipeline/extract-files.js');
      const run = await extractFiles(paths, {
        workers: opts.workers,
        onStart: ({ files }) => { progress = createProgress(io, { total: files }); },
        onProgress: ({ articles }) => progress?.tick(1, { items: articles }),
      });
      progress?.stop(`extract: ${progress.summary()}, ${run.workers} worker${run.workers > 1 ? 's' : ''}${run.errors.length ? `, ${run.errors.length} failed` : ''}`);
      for (const w of run.warnings) println(io.stderr, `newsgraph: warning: ${w}`);
      for (const e of run.errors) println(io.stderr, `newsgraph: ${e.reason}`);
      if (opts.out) {
        const names = new Map<string, string>();
        for (const f of run.files) {
          const other = names.get(outName(f.file));
          if (other) throw new UsageError(`extract: ${other} and ${f.file} would both be written to ${outName(f.file)}; extract them separately`);
          names.set(outName(f.file), f.file);
        }
        mkdirSync(opts.out, { recursive: true });
        for (const f of run.files) writeFileSync(join(opts.out, outName(f.file)), `${JSON.stringify(render(f, opts.format, min), null, 2)}\n`);
      } else if (opts.format === 'eval') {
        for (const f of run.files) println(io.stdout, JSON.stringify(render(f, 'eval', min)));
      } else {
        println(io.stdout, JSON.stringify(run.files.flatMap((f) => f.graphs), null, 2));
      }
      const failedFiles = run.errors.filter((e) => !e.line).length;
      const badLines = run.errors.length - failedFiles;
      if (run.errors.length) {
        const parts = [failedFiles ? `${failedFiles} of ${failedFiles + run.files.length} input files failed` : '', badLines ? `${badLines} bad line${badLines > 1 ? 's' : ''} skipped` : ''];
        throw new NewsgraphError(`extract: ${parts.filter(Boolean).join(', ')} (see above)`);
      }
    });
}
