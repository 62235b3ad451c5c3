// resolveCorpus: merge entities across articles and rewrite ids.
import type { ArticleGraph, Entity, Relation } from '../graph/types.js';
import { entityId, orderEndpoints, relationId } from './ids.js';
import { variantKey } from '../extract/text/normalize.js';
import { eventMerges } from './events.js';

/** Maps each person id to the id of the full-name person it stands for, corpus-wide. */
function personMerges(graphs: ArticleGraph[]): Map<string, { id: string; name: string }> {
  const full = new Map<string, { id: string; name: string; count: number }>(); // variant key → best full name
  const parts = new Map<string, Set<string>>(); // single name part variant → full variant keys
  for (const g of graphs) {
    for (const e of g.entities) {
      if (e.label !== 'Person') continue;
      const words = e.name.split(/\s+/);
      if (words.length < 2) continue;
      const vk = variantKey(e.name);
      const prev = full.get(vk);
      if (!prev || e.mentions > prev.count) full.set(vk, { id: prev?.id ?? e.id, name: prev?.name ?? e.name, count: (prev?.count ?? 0) + e.mentions });
      const v = vk.split(' ');
      for (const part of [v[0]!, v[v.length - 1]!]) {
        if (!parts.has(part)) parts.set(part, new Set());
        parts.get(part)!.add(vk);
      }
    }
  }
  const out = new Map<string, { id: string; name: string }>();
  for (const g of graphs) {
    for (const e of g.entities) {
      if (e.label !== 'Person') continue;
      const vk = variantKey(e.name);
      let target = full.get(vk);
      if (!target && e.name.split(/\s+/).length === 1) {
        const owners = parts.get(vk);
        if (owners?.size === 1) target = full.get([...owners][0]!);
      }
      if (target && target.id !== e.id) out.set(e.id, { id: entityId('Person', target.name), name: target.name });
      else if (target) out.set(e.id, { id: e.id, name: target.name });
    }
  }
  return out;
}

function rewriteRelation(r: Relation, idMap: (id: string) => string): Relation {
  const [source, target] = orderEndpoints(r.type, idMap(r.source), idMap(r.target));
  const evidence = r.evidence.map((ev) => (ev.attributedTo ? { ...ev, attributedTo: idMap(ev.attributedTo) } : ev));
  return { ...r, id: relationId(r.type, source, target), source, target, evidence };
}

export function resolveCorpus(graphs: ArticleGraph[]): ArticleGraph[] {
  const people = personMerges(graphs);
  const personId = (id: string) => people.get(id)?.id ?? id;
  const merges = new Map([...people, ...eventMerges(graphs, personId)]);
  const idMap = (id: string) => merges.get(id)?.id ?? id;
  return graphs.map((g) => {
    const entities = new Map<string, Entity>();
    for (const e of g.entities) {
      const m = merges.get(e.id);
      const id = idMap(e.id);
      const renamed = m && e.name !== m.name && e.label !== 'Event';
      const next: Entity = m ? { ...e, id, name: m.name, aliases: renamed ? [...new Set([...e.aliases, e.name])] : e.aliases } : { ...e };
      if (next.participants) next.participants = [...new Set(next.participants.map(idMap))];
      if (next.figures) next.figures = next.figures.map((f) => (f.attributedTo ? { ...f, attributedTo: idMap(f.attributedTo) } : f));
      const prev = entities.get(id);
      if (prev) {
        prev.aliases = [...new Set([...prev.aliases, ...next.aliases])];
        prev.mentions += next.mentions;
        if (next.participants) prev.participants = [...new Set([...(prev.participants ?? []), ...next.participants])];
        if (next.figures) prev.figures = [...(prev.figures ?? []), ...next.figures];
        if (next.roles) prev.roles = [...new Set([...(prev.roles ?? []), ...next.roles])];
      } else entities.set(id, next);
    }
    const relations = new Map<string, Relation>();
    for (const r of g.relations) {
      const nr = rewriteRelation(r, idMap);
      if (nr.source === nr.target) continue;
      const prev = relations.get(nr.id);
      if (prev) {
        prev.evidence = [...prev.evidence, ...nr.evidence];
        prev.confidence = Math.max(prev.confidence, nr.confidence);
        if (nr.weight) prev.weight = (prev.weight ?? 0) + nr.weight;
      } else relations.set(nr.id, nr);
    }
    const mentions = new Map<string, number>();
    for (const m of g.mentions) mentions.set(idMap(m.entityId), (mentions.get(idMap(m.entityId)) ?? 0) + m.count);
    return {
      ...g,
      entities: [...entities.values()],
      relations: [...relations.values()],
      mentions: [...mentions].map(([entityId, count]) => ({ entityId, count })),
    };
  });
}
