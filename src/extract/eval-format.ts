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
  confidence: number;
  rules: string[];
}

export interface EvalDoc {
  document: string;
  entities: EvalEntity[];
  relations: EvalRelation[];
}

/**
 * `minConfidence`: relations below it are left out (what the CLI, the viewer and the reports show by default is
 * what is scored); events left with no participant shown are left out with them.
 */
export function toEvalDocument(document: string, graphs: ArticleGraph[], options: { mentionedWith?: boolean; minConfidence?: number } = {}): EvalDoc {
  const min = options.minConfidence ?? 0;
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
  const byRelation = new Map<string, EvalRelation>();
  const shownEvents = new Set<string>();
  for (const g of graphs) {
    for (const r of g.relations) {
      if (r.type === 'MENTIONED_WITH' && !options.mentionedWith) continue;
      const source = nameOf(r.source);
      const target = nameOf(r.target);
      if (!source || !target) continue;
      const rules = r.rules ?? [...new Set(r.evidence.map((e) => e.rule))];
      const seen = byRelation.get(r.id);
      if (seen) {
        seen.confidence = Math.max(seen.confidence, r.confidence);
        seen.rules = [...new Set([...seen.rules, ...rules])];
      } else byRelation.set(r.id, { source, type: r.type, target, ...(r.role ? { role: r.role } : {}), confidence: r.confidence, rules });
    }
  }
  const eventNames = new Map([...byId].filter(([, e]) => e.type === 'Event').map(([id, e]) => [e.name, id]));
  const relations = [...byRelation.values()].filter((r) => r.confidence >= min);
  for (const r of relations) if (r.type === 'PARTICIPATES_IN' && eventNames.has(r.target)) shownEvents.add(r.target);
  const keep = (e: EvalEntity) => e.type !== 'Event' || min <= 0 || shownEvents.has(e.name);
  const kept = new Set(entities.filter(keep).map((e) => e.name));
  return { document, entities: entities.filter(keep), relations: relations.filter((r) => kept.has(r.source) && kept.has(r.target)) };
}
