// Reads an exported file with networkx (python3) and returns its node and edge counts, or the
// reason it cannot (python3 or networkx missing) so the caller can skip with that reason logged.
import { spawnSync } from 'node:child_process';

const SCRIPT = `
import sys, json
import networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path, force_multigraph=True) if fmt == 'graphml' else nx.read_gexf(path, version='1.3')
labels = sorted(str(d.get('label', '')) for _, d in g.nodes(data=True))
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'directed': g.is_directed(), 'labels': labels}))
`;

export interface NetworkxCounts { nodes: number; edges: number; directed: boolean; labels: string[] }

export function networkxAvailable(): string | null {
  const probe = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.error) return `python3 not runnable: ${probe.error.message}`;
  if (probe.status !== 0) return `networkx not importable: ${probe.stderr.trim().split('\n').pop()}`;
  return null;
}

export function readWithNetworkx(format: 'graphml' | 'gexf', path: string): NetworkxCounts {
  const run = spawnSync('python3', ['-c', SCRIPT, format, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`networkx failed to read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as NetworkxCounts;
}
