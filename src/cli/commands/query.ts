// `newsgraph query "<cypher>" | NAME [--param k=v …] [--format table|json|csv] [--write] [--list]`
// A single word naming a file cypher/NAME.cypher runs that named query; anything else is Cypher.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { addConnectionOptions, connectionFlags } from '../../config/flags.js';
import { UsageError } from '../../errors.js';
import { CYPHER_DIR } from '../../paths.js';
import { formatRows, OUTPUT_FORMATS, type OutputFormat } from '../../query/format.js';
import { describeLibrary, findQuery, loadLibrary, runNamedQuery } from '../../query/library.js';
import { describeCounters, parseParamPairs, runCypher } from '../../query/run.js';
import { openStore } from '../../store/store.js';
import { println, type CliIO } from '../io.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** A bare name (no spaces) with a matching cypher/NAME.cypher is a named query. */
export function isNamedQuery(text: string, dir: string = CYPHER_DIR): boolean {
  return /^[A-Za-z0-9][\w-]*$/.test(text) && existsSync(join(dir, `${text}.cypher`));
}

export function register(program: Command, io: CliIO): void {
  addConnectionOptions(
    program
      .command('query')
      .description('run Cypher (read-only unless --write) or a named query from cypher/ (see --list)')
      .argument('[cypher]', 'a Cypher statement, or the name of a query in cypher/')
      .option('--param <name=value>', 'query parameter; repeat for several (JSON values: 42, true, ["a","b"]; else text)', collect, [])
      .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
      .option('--write', 'allow writes (WRITE access mode)')
      .option('--list', 'list the named queries with their parameters'),
  ).action(async (cypher: string | undefined, options: Record<string, unknown>) => {
    if (options.list) {
      println(io.stdout, describeLibrary(loadLibrary()));
      return;
    }
    if (!cypher) throw new UsageError('query: give a Cypher statement or a query name (`newsgraph query --list`)');
    const pairs = options.param as string[];
    const format = options.format as OutputFormat;
    const named = isNamedQuery(cypher) ? findQuery(cypher) : undefined;
    if (named && options.write) throw new UsageError(`query ${named.name}: named queries are read-only (--write applies to Cypher text)`);
    const params = named ? undefined : parseParamPairs(pairs);
    const store = await openStore(loadConfig(io.env, connectionFlags(options)));
    try {
      if (named) {
        const out = await runNamedQuery(store, named, pairs);
        io.stdout.write(formatRows(out.rows, format, out.columns));
        return;
      }
      const result = await runCypher(store, cypher, params, options.write ? 'WRITE' : 'READ');
      io.stdout.write(formatRows(result.rows, format, result.columns));
      const changes = describeCounters(result.counters);
      if (changes) io.stderr.write(`query: ${changes}\n`);
    } finally {
      await store.close();
    }
  });
}
