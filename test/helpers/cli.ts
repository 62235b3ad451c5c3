// Runs the `newsgraph` command tree in-process with captured output, as bin.ts would, minus process.exit.
import type { CliIO } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/program.js';

export interface CliRun {
  stdout: string;
  stderr: string;
  /** What the command threw (a CommanderError for usage errors, a NewsgraphError for failures). */
  error: unknown;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '', stderr = '';
  const io = {
    env: process.env,
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
  } as unknown as CliIO;
  let error: unknown;
  try {
    await buildProgram(io).parseAsync(['node', 'newsgraph', ...args]);
  } catch (e) {
    error = e;
  }
  return { stdout, stderr, error };
}
