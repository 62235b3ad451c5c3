// The scorer's format (../shared/eval/README.md) for one input document: its articles' graphs merged
// by entity id; events with participants and relations with endpoints given as names.
import type { ArticleGraph } from '../graph/types.js';

export interface EvalEntity {
  type: string;
  name: string;
  aliases: string[];
  eventType?: string;
  participants?: string[];
}

export interface EvalRelation {
  source: string;
  type: string;
  target: string;
  role?: string;
}

export interface EvalDoc {
  document: string;
  entities: EvalEntity[];
  relations: EvalRelation[];
}

export function toEvalDocument(document: string, graphs: ArticleGraph[], options: { mentionedWith?: boolean } = {}): EvalDoc {
  const byId = new Map<string, EvalEntity & { participantIds?: string[] }>();
  for (const g of graphs) {
    for (const e of g.entities) {
      const seen = byId.get(e.id);
      if (seen) {
        seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
        if (e.participants) seen.participantIds = [...new Set([...(seen.participantIds ?? []), ...e.participants])];
        continue;
      }
      const out: EvalEntity & { participantIds?: string[] } = { type: e.label, name: e.name, aliases: [...e.aliases] };
      if (e.eventType) out.eventType = e.eventType;
      if (e.participants) out.participantIds = [...e.participants];
      byId.set(e.id, out);
    }
  }
  const nameOf = (id: string) => byId.get(id)?.name;
  const entities: EvalEntity[] = [...byId.values()].map(({ participantIds, ...e }) => {
    if (e.type === 'Event') e.participants = (participantIds ?? []).map(nameOf).filter((n): n is string => Boolean(n));
    e.aliases = e.aliases.filter((a) => a !== e.name);
    return e;
  });
  const relations: EvalRelation[] = [];
  const seen = new Set<string>();
  for (const g of graphs) {
    for (const r of g.relations) {
      if (r.type === 'MENTIONED_WITH' && !options.mentionedWith) continue;
      if (seen.has(r.id)) continue;
      const source = nameOf(r.source);
      const target = nameOf(r.target);
      if (!source || !target) continue;
      seen.add(r.id);
      relations.push({ source, type: r.type, target, ...(r.role ? { role: r.role } : {}) });
    }
  }
  return { document, entities, relations };
}
