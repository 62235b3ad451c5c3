// newsgraph evaluate --gold DIR --docs DIR [--json] [--verbose] [--by-rule] [--min-confidence X] [--baseline compromise] [--workers N]
// newsgraph evaluate --calibrate --gold DIR --docs DIR [--gold DIR --docs DIR …]   (writes data/calibration/confidence.json)
// newsgraph evaluate --list-rules
import { Command, InvalidArgumentError, Option } from 'commander';
import { NewsgraphError, UsageError } from '../../errors.js';
import type { System } from '../../evaluate/evaluate-docs.js';
import { formatReport } from '../../evaluate/score.js';
import { formatSplit } from '../../evaluate/gazetteer-split.js';
import { println, type CliIO } from '../io.js';
import { createProgress, type Progress } from '../progress.js';
import { addRuleOptions, applyRuleOptions, parseConfidence } from '../options/rules.js';

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected an integer from 1 to 64');
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface Options {
  gold?: string[]; docs?: string[]; json?: boolean; verbose?: boolean; byRule?: boolean; minConfidence?: number;
  baseline?: System; workers?: number; calibrate?: boolean; listRules?: boolean; disableRules?: string; gazetteerSplit?: boolean;
}

async function listRules(io: CliIO): Promise<void> {
  const { RULES } = await import('../../extract/rules/registry.js');
  const { defaultConfidenceTable } = await import('../../graph/confidence-table.js');
  const table = defaultConfidenceTable();
  for (const r of RULES) {
    println(io.stdout, `${r.id}  [${r.stage}] → ${r.emits.join(', ')}\n    ${r.description}`);
    for (const k of [r.id, ...(r.patterns ?? [])]) {
      const c = table.rules[k];
      if (c && c.n) println(io.stdout, `    ${k.padEnd(32)} confidence ${c.confidence.toFixed(2)}  (precision ${c.precision?.toFixed(2)} on ${c.n})`);
    }
  }
  println(io.stdout, `\ndefault threshold ${table.threshold}: ${table.thresholdReason}`);
}

async function calibrateSets(opts: Options, io: CliIO): Promise<void> {
  const gold = opts.gold ?? [];
  const docs = opts.docs ?? [];
  if (!gold.length || gold.length !== docs.length) throw new UsageError('evaluate --calibrate: give --gold DIR --docs DIR once per development set, in pairs');
  const { calibrate } = await import('../../evaluate/calibrate.js');
  const { CALIBRATION_FILE } = await import('../../graph/confidence-table.js');
  const sets = gold.map((g, i) => ({ gold: g, docs: docs[i]! }));
  const result = await calibrate(sets, sets.map((s) => `${s.gold} (${s.docs})`));
  println(io.stdout, `calibrated ${Object.values(result.table.rules).filter((r) => r.n).length} rules on ${sets.length} set(s); prior ${result.table.prior.mean} (weight ${result.table.prior.weight})`);
  println(io.stdout, 'threshold  precision  recall  f1     shown');
  for (const p of result.curve) println(io.stdout, `${p.threshold.toFixed(2).padEnd(10)} ${p.precision.toFixed(3).padEnd(10)} ${p.recall.toFixed(3).padEnd(7)} ${p.f1.toFixed(3)}  ${p.shown}`);
  println(io.stdout, `default threshold ${result.table.threshold}: ${result.table.thresholdReason}`);
  println(io.stdout, `wrote ${CALIBRATION_FILE}`);
}

export function register(program: Command, io: CliIO): void {
  addRuleOptions(program
    .command('evaluate')
    .description('extract the documents that have gold answers and score them (rules of the eval README: per type, NAMED, ENTITIES, RELATIONS, PAIRS)')
    .option('--gold <dir>', 'directory of gold answers, one <name>.json per document (repeat with --calibrate)', collect)
    .option('--docs <dir>', 'directory of the documents, <name>.txt|.md|.html|.jsonl (repeat with --calibrate)', collect)
    .option('--json', 'print the report as JSON (same fields as score.mjs --json)')
    .option('--verbose', 'list missed and spurious entities per document on stderr')
    .option('--by-rule', 'print the precision and support of every rule id on the predicted relations')
    .option('--gazetteer-split', 'print recall on people and organisations the gazetteers hold and on those they do not')
    .option('--min-confidence <x>', 'score relations at or above this confidence (default: the calibrated default threshold; 0 scores everything)', parseConfidence)
    .option('--calibrate', 'measure every rule on these development sets and write data/calibration/confidence.json')
    .option('--list-rules', 'list the registry: rule ids, patterns, what they emit, calibrated confidence')
    .addOption(new Option('--baseline <system>', 'score a baseline instead of newsgraph').choices(['compromise']))
    .option('--workers <n>', 'worker threads for extraction (default: automatic)', parseWorkers))
    .action(async (opts: Options) => {
      await applyRuleOptions(opts, io.env);
      if (opts.listRules) return listRules(io);
      if (opts.calibrate) return calibrateSets(opts, io);
      if (opts.gold?.length !== 1 || opts.docs?.length !== 1) throw new UsageError('evaluate: give --gold DIR and --docs DIR once each');
      let progress: Progress | undefined;
      const { evaluateDocuments } = await import('../../evaluate/evaluate-docs.js'); // loads the extractor on use
      const result = await evaluateDocuments(opts.gold[0]!, opts.docs[0]!, {
        system: opts.baseline ?? 'newsgraph',
        workers: opts.workers,
        minConfidence: opts.minConfidence,
        byRule: opts.byRule,
        split: opts.gazetteerSplit,
        onStart: ({ files }) => { progress = createProgress(io, { total: files }); },
        onProgress: ({ articles }) => progress?.tick(1, { items: articles }),
      });
      progress?.stop();
      for (const w of result.warnings) println(io.stderr, `newsgraph: warning: ${w}`);
      for (const e of result.errors) println(io.stderr, `newsgraph: ${e.reason}`);
      if (opts.verbose) {
        for (const d of result.diagnostics) println(io.stderr, `# ${d.document}\n  missed:   ${d.missed.join(' | ')}\n  spurious: ${d.spurious.join(' | ')}`);
      }
      if (opts.json) println(io.stdout, JSON.stringify(result.split ? { ...result.report, gazetteerSplit: result.split } : result.report, null, 2));
      else {
        for (const line of formatReport(result.report, { byType: opts.verbose })) println(io.stdout, line);
        if (result.split) for (const line of formatSplit(result.split)) println(io.stdout, line);
      }
      if (result.errors.length) throw new NewsgraphError(`evaluate: ${result.errors.length} document(s) could not be extracted (see above)`);
    });
}
