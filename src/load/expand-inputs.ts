// Turns the paths given on the command line (files, directories searched recursively, globs) into
// the list of input files, in the order given, each once.
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import fg from 'fast-glob';
import { InputError } from '../errors.js';

export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'] as const;
export type InputFormat = 'txt' | 'md' | 'html' | 'jsonl';

const EXTENSION_GLOB = `**/*.{${INPUT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

export function formatOf(file: string): InputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.jsonl') return 'jsonl';
  return undefined;
}

function unsupported(file: string): InputError {
  return new InputError(file, `unsupported file type (expected ${INPUT_EXTENSIONS.join(', ')})`);
}

export function expandInputs(paths: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) { seen.add(file); files.push(file); }
  };
  for (const path of paths) {
    let stats;
    try { stats = statSync(path); } catch { stats = undefined; }
    if (stats?.isDirectory()) {
      const found = fg.sync(EXTENSION_GLOB, { cwd: path, onlyFiles: true, caseSensitiveMatch: false }).sort();
      if (found.length === 0) throw new InputError(path, `no input files in directory (expected ${INPUT_EXTENSIONS.join(', ')})`);
      found.forEach((f) => add(join(path, f)));
    } else if (stats?.isFile()) {
      if (!formatOf(path)) throw unsupported(path);
      add(path);
    } else if (fg.isDynamicPattern(path)) {
      const found = fg.sync(path, { onlyFiles: true }).sort();
      const usable = found.filter((f) => formatOf(f));
      if (usable.length === 0) throw new InputError(path, found.length ? 'pattern matches no supported file' : 'pattern matches no file');
      usable.forEach(add);
    } else {
      throw new InputError(path, 'no such file or directory');
    }
  }
  return files;
}
