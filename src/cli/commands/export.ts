// newsgraph export --focus NAME [--focus NAME…] [--hops N] [--types T,…] [--min-confidence X]
//   --format json|graphml|gexf|csv|cypher|md|html --out PATH
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../../config/config.js';
import { addConnectionOptions, connectionFlags } from '../../config/flags.js';
import { fetchSubgraph } from '../../export/fetch-subgraph.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/types.js';
import { writeExport } from '../../export/write.js';
import { RELATION_TYPES, type RelationType } from '../../graph/ontology.js';
import { openStore } from '../../store/store.js';
import { println, type CliIO } from '../io.js';
import { defaultThreshold } from '../../graph/confidence-table.js';
import { parseConfidence } from '../options/rules.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function parseTypes(value: string): RelationType[] {
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  const bad = types.filter((t) => !(RELATION_TYPES as readonly string[]).includes(t));
  if (bad.length) throw new InvalidArgumentError(`unknown relation type(s) ${bad.join(', ')} (known: ${RELATION_TYPES.join(', ')})`);
  return types as RelationType[];
}

function parseHops(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 6) throw new InvalidArgumentError('expected a whole number from 0 to 6');
  return n;
}

export function register(program: Command, io: CliIO): void {
  addConnectionOptions(
    program
      .command('export')
      .description('write the subgraph around some entities as data (json graphml gexf csv cypher) or a report (md html)')
      .requiredOption('--focus <name>', 'an entity by name, alias or id (repeat for several)', collect)
      .option('--hops <n>', 'how far from the focus entities to go', parseHops, 1)
      .option('--types <list>', `relation types to follow, comma-separated (default: all but MENTIONED_WITH)`, parseTypes)
      .option('--min-confidence <x>', `leave out relations below this confidence (default: the calibrated threshold, ${defaultThreshold()}; 0 keeps everything)`, parseConfidence, defaultThreshold())
      .option('--title <text>', 'report title (default: from the focus entities)')
      .option('--max-nodes <n>', 'stop widening at this many entities', (v) => parseInt(v, 10), 500)
      .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
      .requiredOption('--out <path>', 'file to write (csv: a folder; md: also <name>.svg beside it)'),
  ).action(async (options: Record<string, unknown>) => {
    const store = await openStore(loadConfig(io.env, connectionFlags(options)), { ensureSchema: false });
    try {
      const subgraph = await fetchSubgraph(store, {
        focus: options.focus as string[],
        hops: options.hops as number,
        types: (options.types as RelationType[] | undefined) ?? [],
        minConfidence: options.minConfidence as number,
        title: options.title as string | undefined,
        maxNodes: options.maxNodes as number,
      });
      const written = await writeExport(subgraph, options.format as ExportFormat, options.out as string);
      println(io.stdout, `export: ${subgraph.nodes.length} entities, ${subgraph.edges.length} relations from ${subgraph.articles.length} articles → ${written.join(', ')}`);
    } finally {
      await store.close();
    }
  });
}
