// Builds the `newsgraph` command tree. Each command lives in ./commands/<name>.ts and exports
// `register(program, io)`; add one line below per command.
import { Command } from 'commander';
import { register as registerDb } from './commands/db.js';
import { register as registerEvaluate } from './commands/evaluate.js';
import { register as registerExport } from './commands/export.js';
import { register as registerExtract } from './commands/extract.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerQuery } from './commands/query.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerStats } from './commands/stats.js';
import type { CliIO } from './io.js';

export function buildProgram(io: CliIO): Command {
  const program = new Command('newsgraph')
    .description('News articles → entity–relationship knowledge graph in Neo4j: extract, ingest, query, explore, export.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  // commands: one register call per line (keep sorted)
  registerDb(program, io);
  registerEvaluate(program, io);
  registerExport(program, io);
  registerExtract(program, io);
  registerIngest(program, io);
  registerQuery(program, io);
  registerServe(program, io);
  registerStats(program, io);
  return program;
}
