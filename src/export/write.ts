// Writes a subgraph in one export format to disk. csv writes a folder; md writes the report and
// its picture as a sibling .svg; every other format writes the one file at `out`.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { buildExportGraph, type ExportGraph } from './graph.js';
import { writeCsv } from './formats/csv.js';
import { writeCypherScript } from './formats/cypher-script.js';
import { writeGexf } from './formats/gexf.js';
import { writeGraphml } from './formats/graphml.js';
import { writeHtml } from './formats/html.js';
import { writeJson } from './formats/json.js';
import { writeMarkdown } from './formats/markdown.js';
import { renderSvg } from './formats/svg.js';
import { SubgraphSchema, type ExportFormat, type SubgraphInput } from './types.js';

/** The files one format produces, by path relative to `out` ('' = `out` itself). */
export function renderExport(graph: ExportGraph, format: ExportFormat, out: string): Map<string, string> {
  switch (format) {
    case 'json': return new Map([[out, writeJson(graph)]]);
    case 'graphml': return new Map([[out, writeGraphml(graph)]]);
    case 'gexf': return new Map([[out, writeGexf(graph)]]);
    case 'cypher': return new Map([[out, writeCypherScript(graph)]]);
    case 'html': return new Map([[out, writeHtml(graph)]]);
    case 'csv': return new Map(Object.entries(writeCsv(graph)).map(([name, text]) => [join(out, name), text]));
    case 'md': {
      const svgPath = join(dirname(out), `${basename(out, extname(out))}.svg`);
      return new Map([[out, writeMarkdown(graph, basename(svgPath))], [svgPath, `${renderSvg(graph)}\n`]]);
    }
  }
}

/** Validates the subgraph, writes the format, returns the paths written. */
export async function writeExport(subgraph: SubgraphInput, format: ExportFormat, out: string): Promise<string[]> {
  const graph = buildExportGraph(SubgraphSchema.parse(subgraph));
  const files = renderExport(graph, format, out);
  for (const [path, text] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
  return [...files.keys()];
}
