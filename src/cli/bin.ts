#!/usr/bin/env node
// The only module that touches argv and process.exit. Exit codes: 0 ok, 1 failure, 2 usage error.
import { CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { processIO } from './io.js';
import { buildProgram } from './program.js';

async function main(): Promise<number> {
  const io = processIO();
  const program = buildProgram(io);
  try {
    await program.parseAsync(process.argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2; // commander already printed the message
    }
    if (err instanceof NewsgraphError) {
      io.stderr.write(`newsgraph: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`newsgraph: ${err instanceof Error ? err.message : String(err)}\n`);
    if (io.env.NEWSGRAPH_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
