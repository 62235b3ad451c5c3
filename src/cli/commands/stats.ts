// newsgraph stats [--format table|json]: node counts by label, relationship counts by type.
import { Command, Option } from 'commander';
import { loadConfig } from '../../config/config.js';
import { addConnectionOptions, connectionFlags } from '../../config/flags.js';
import { formatStatsTable, graphStats } from '../../query/stats.js';
import { openStore } from '../../store/store.js';
import { println, type CliIO } from '../io.js';

export function register(program: Command, io: CliIO): void {
  addConnectionOptions(
    program
      .command('stats')
      .description('count nodes by label and relationships by type')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  ).action(async (options: Record<string, unknown>) => {
    const store = await openStore(loadConfig(io.env, connectionFlags(options)), { ensureSchema: false });
    try {
      const stats = await graphStats(store);
      println(io.stdout, options.format === 'json' ? JSON.stringify(stats, null, 2) : formatStatsTable(stats));
    } finally {
      await store.close();
    }
  });
}
