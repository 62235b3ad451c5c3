// Loads every input (files, directories, globs): per-file problems are collected, not fatal.
import { InputError } from '../errors.js';
import { expandInputs } from './expand-inputs.js';
import { loadFile, type LoadedFile } from './load-file.js';

export interface FileError {
  file: string;
  reason: string;
  /** a problem of one record (a JSONL line) of a file whose other records were read */
  line?: boolean;
}

export interface LoadedInputs {
  /** every input file, in order */
  inputs: string[];
  files: LoadedFile[];
  errors: FileError[];
  warnings: string[];
}

/** Throws InputError when a given path does not exist; unreadable files are reported in `errors`. */
export function loadInputs(paths: readonly string[]): LoadedInputs {
  const out: LoadedInputs = { inputs: expandInputs(paths), files: [], errors: [], warnings: [] };
  for (const file of out.inputs) {
    try {
      const loaded = loadFile(file);
      out.warnings.push(...loaded.warnings);
      for (const reason of loaded.problems ?? []) out.errors.push({ file, reason, line: true });
      if (loaded.articles.length) out.files.push(loaded);
    } catch (err) {
      // any failure of one file (a parser's stack overflow on 5,000 nested <div>s too) is that file's error
      out.errors.push({ file, reason: err instanceof InputError ? err.message : `${file}: ${(err as Error).message ?? String(err)}` });
    }
  }
  return out;
}
