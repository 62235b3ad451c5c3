// `newsgraph evaluate`: extracts the documents that have gold answers and scores them by the rules
// of the scorer (or scores the compromise-only baseline on the same documents).
import { basename, extname, join } from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { formatOf } from '../load/expand-inputs.js';
import { loadFile } from '../load/load-file.js';
import { toEvalDocument } from '../extract/eval-format.js';
import { defaultThreshold } from '../graph/confidence-table.js';
import { extractFiles, type ExtractOptions } from '../pipeline/extract-files.js';
import { EvalDocumentSchema, type EvalDocument } from './eval-document.js';
import { evalFileNames, readEvalFile } from './read-eval-dir.js';
import { scoreDocuments, type DocumentDiagnostics, type ScoreReport } from './score.js';
import { gazetteerSplit, type GazetteerSplit } from './gazetteer-split.js';

export type System = 'newsgraph' | 'compromise';

export interface Evaluation {
  report: ScoreReport;
  /** with `split`: recall on people and organisations the gazetteers hold and on those they do not */
  split?: GazetteerSplit;
  diagnostics: DocumentDiagnostics[];
  warnings: string[];
  errors: { file: string; reason: string }[];
}

/** The document file of `docsDir` for a gold file `<base>.json`: `<base>.<txt|md|html|jsonl>`. */
function documentsByBase(docsDir: string): Map<string, string> {
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) throw new InputError(docsDir, 'documents directory not found');
  const map = new Map<string, string>();
  for (const name of readdirSync(docsDir).sort()) {
    if (formatOf(name)) map.set(basename(name, extname(name)), join(docsDir, name));
  }
  return map;
}

export async function evaluateDocuments(
  goldDir: string,
  docsDir: string,
  options: { system?: System; minConfidence?: number; byRule?: boolean; split?: boolean } & Pick<ExtractOptions, 'workers' | 'onStart' | 'onProgress'> = {},
): Promise<Evaluation> {
  const goldNames = evalFileNames(goldDir, 'gold');
  const docs = documentsByBase(docsDir);
  const warnings: string[] = [];
  const wanted = goldNames.flatMap((g) => {
    const file = docs.get(basename(g, '.json'));
    if (!file) warnings.push(`${join(goldDir, g)}: no document ${basename(g, '.json')}.* in ${docsDir}`);
    return file ? [file] : [];
  });
  const predictions = new Map<string, EvalDocument>();
  let errors: Evaluation['errors'] = [];
  if (options.system === 'compromise') {
    const { compromiseBaseline } = await import('./baseline-compromise.js');
    for (const file of wanted) {
      const loaded = loadFile(file);
      const text = loaded.text ?? loaded.articles.map((a) => a.text).join('\n\n');
      predictions.set(file, compromiseBaseline(basename(file), text));
    }
  } else if (wanted.length) {
    const run = await extractFiles(wanted, options);
    warnings.push(...run.warnings);
    errors = run.errors;
    for (const f of run.files) predictions.set(f.file, EvalDocumentSchema.parse(toEvalDocument(basename(f.file), f.graphs, { minConfidence: options.minConfidence ?? defaultThreshold() })));
  }
  const scored = goldNames.map((g) => {
    const file = docs.get(basename(g, '.json'));
    return { document: g, gold: readEvalFile(join(goldDir, g)), pred: file ? predictions.get(file) : undefined };
  });
  const split = options.split ? gazetteerSplit(scored, (await import('../extract/gazetteer/load.js')).defaultGazetteer()) : undefined;
  const { report, diagnostics } = scoreDocuments(scored, { minConfidence: options.minConfidence ?? (options.system === 'compromise' ? 0 : defaultThreshold()), byRule: options.byRule });
  return { report, diagnostics, warnings, errors, ...(split ? { split } : {}) };
}
