// Loads every input (files, directories, globs): per-file problems are collected, not fatal.
import { InputError } from '../errors.js';
import { expandInputs } from './expand-inputs.js';
import { loadFile, type LoadedFile } from './load-file.js';

export interface FileError {
  file: string;
  reason: string;
}

export interface LoadedInputs {
  files: LoadedFile[];
  errors: FileError[];
  warnings: string[];
}

/** Throws InputError when a given path does not exist; unreadable files are reported in `errors`. */
export function loadInputs(paths: readonly string[]): LoadedInputs {
  const out: LoadedInputs = { files: [], errors: [], warnings: [] };
  for (const file of expandInputs(paths)) {
    try {
      const loaded = loadFile(file);
      out.warnings.push(...loaded.warnings);
      if (loaded.articles.length) out.files.push(loaded);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out.errors.push({ file, reason: err.message });
    }
  }
  return out;
}
