// Reads a directory of scorer documents (gold answers or predictions): one `<name>.json` per document.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { EvalDocumentSchema, type EvalDocument } from './eval-document.js';

export function readEvalFile(file: string): EvalDocument {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(file, `not a JSON scorer document (${(err as Error).message})`);
  }
  const parsed = EvalDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, `${issue.path.join('.') || 'document'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Names of the `.json` files of `dir`, sorted (as score.mjs does); InputError when the directory is missing or has none. */
export function evalFileNames(dir: string, what: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, `${what} directory not found`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new InputError(dir, `no ${what} files (*.json)`);
  return files;
}
