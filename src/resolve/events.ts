// Long-running events are one node across the corpus: every article's "war" between the same
// belligerents, every report of one state's troop deployment. Returns event id → merged id and name.
import type { ArticleGraph, Entity } from '../graph/types.js';

/** Which events to merge: war by any shared belligerent, deployment by the same deploying state. */
function keyOf(e: Entity): string[] {
  const p = e.participants ?? [];
  if (e.eventType === 'War') return p.filter((x) => x.startsWith('country:')).map((x) => `War|${x}`);
  if (e.eventType === 'Deployment' && p[0]) return [`Deployment|${p[0]}`];
  return [];
}

export function eventMerges(graphs: ArticleGraph[], idMap: (id: string) => string): Map<string, { id: string; name: string }> {
  const events = new Map<string, Entity>();
  for (const g of graphs) for (const e of g.entities) if (e.label === 'Event' && !events.has(e.id)) events.set(e.id, { ...e, participants: e.participants?.map(idMap) });
  // union-find over event ids sharing a key
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const owner = new Map<string, string>();
  for (const [id, e] of events) {
    for (const k of keyOf(e)) {
      const o = owner.get(k);
      if (o) parent.set(find(id), find(o));
      else owner.set(k, id);
    }
  }
  // the representative: the most participants, then the most mentions
  const groups = new Map<string, Entity[]>();
  for (const id of events.keys()) {
    const r = find(id);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(events.get(id)!);
  }
  const out = new Map<string, { id: string; name: string }>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // the representative: the most reported, with at least two parties when there is one
    const parties = (e: Entity) => Math.min(2, e.participants?.length ?? 0);
    const best = [...members].sort((a, b) => parties(b) - parties(a) || b.mentions - a.mentions || a.id.localeCompare(b.id))[0]!;
    for (const m of members) out.set(m.id, { id: best.id, name: best.name });
  }
  return out;
}
