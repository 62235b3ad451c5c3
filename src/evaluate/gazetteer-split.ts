// Recall on people and organisations that the gazetteers list and on those they do not: the extractor
// must find new names by how news writes them, not by a list (how the split is read: docs/EXTRACTOR.md).
import type { Gazetteer } from '../extract/gazetteer/index.js';
import { trieLongest } from '../extract/gazetteer/trie.js';
import { nameKeys, variantKey } from '../extract/text/normalize.js';
import type { EvalDocument, EvalEntity } from './eval-document.js';
import { matchEntities } from './score.js';

export interface RecallCount { found: number; total: number; recall: number }
export type GazetteerSplit = Record<'Person' | 'Organization', { inGazetteer: RecallCount; notInGazetteer: RecallCount }>;

/** Does the gazetteer hold this gold entity under its name or one of its aliases? */
export function inGazetteer(gaz: Gazetteer, e: EvalEntity): boolean {
  const names = [e.name, ...(e.aliases ?? [])];
  if (e.type === 'Person') return names.some((n) => gaz.personByVariant.has(variantKey(n)));
  return names.some((n) => {
    const keys = nameKeys(n);
    const m = keys.length ? trieLongest(gaz.trie, 0, keys.length, (k) => keys[k]!) : undefined;
    return Boolean(m && m.length === keys.length && m.values.some((v) => v.label === 'Organization'));
  });
}

const count = (): RecallCount => ({ found: 0, total: 0, recall: 0 });

export function gazetteerSplit(docs: readonly { gold: EvalDocument; pred?: EvalDocument }[], gaz: Gazetteer): GazetteerSplit {
  const split: GazetteerSplit = {
    Person: { inGazetteer: count(), notInGazetteer: count() },
    Organization: { inGazetteer: count(), notInGazetteer: count() },
  };
  for (const { gold, pred } of docs) {
    const ge = gold.entities ?? [];
    const matched = new Set(matchEntities(ge, pred?.entities ?? []).values());
    ge.forEach((e, gi) => {
      if (e.type !== 'Person' && e.type !== 'Organization') return;
      const c = split[e.type][inGazetteer(gaz, e) ? 'inGazetteer' : 'notInGazetteer'];
      c.total++;
      if (matched.has(gi)) c.found++;
    });
  }
  for (const t of ['Person', 'Organization'] as const) for (const k of ['inGazetteer', 'notInGazetteer'] as const) {
    const c = split[t][k];
    c.recall = c.total ? Math.round((c.found / c.total) * 10000) / 10000 : 0;
  }
  return split;
}

export function formatSplit(split: GazetteerSplit): string[] {
  const row = (t: string, k: string, c: RecallCount) => `  ${`${t}, ${k}`.padEnd(34)} R ${c.recall.toFixed(3)}  (${c.found} of ${c.total})`;
  return ['recall by gazetteer membership (gold names the gazetteers hold / do not hold):',
    ...(['Person', 'Organization'] as const).flatMap((t) => [row(t, 'in gazetteer', split[t].inGazetteer), row(t, 'not in gazetteer', split[t].notInGazetteer)])];
}
