// score.mjs's command, as a function: scores the predictions in predDir against the gold in goldDir.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalFileNames, readEvalFile } from './read-eval-dir.js';
import { scoreDocuments, type DocumentDiagnostics, type ScoreOptions, type ScoreReport } from './score.js';

export function scoreDirectories(goldDir: string, predDir: string, options: ScoreOptions = {}): { report: ScoreReport; diagnostics: DocumentDiagnostics[] } {
  const docs = evalFileNames(goldDir, 'gold').map((name) => {
    const predFile = join(predDir, name);
    return { document: name, gold: readEvalFile(join(goldDir, name)), pred: existsSync(predFile) ? readEvalFile(predFile) : undefined };
  });
  return scoreDocuments(docs, options);
}
