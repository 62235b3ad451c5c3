// Reads an input file as UTF-8 text, rejecting what is not: binary content (NUL bytes) or another
// encoding (bytes that are not valid UTF-8). A leading byte-order mark is dropped by the decoder, so
// offsets count UTF-16 code units of the decoded text without it.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(file, 'binary content (NUL bytes), expected UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text (another encoding?); convert it to UTF-8');
  }
}

export function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`, { cause: err });
  }
  return decodeUtf8(file, bytes);
}
