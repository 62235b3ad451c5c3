// Small hand-built ArticleGraphs for the store tests (the extractor's output shape, src/graph/types.ts).
import { createHash } from 'node:crypto';
import type { EntityLabel, RelationType } from '../../src/graph/ontology.js';
import type { ArticleGraph, Entity, Relation } from '../../src/graph/types.js';

export const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function entity(label: EntityLabel, name: string, extra: Partial<Entity> = {}): Entity {
  return { id: `${label.toLowerCase()}:${name.toLowerCase().replace(/\s+/g, '-')}`, label, name, aliases: [name], mentions: 1, ...extra };
}

export interface RelSpec {
  type: RelationType;
  source: Entity;
  target: Entity;
  sentence: string;
  confidence?: number;
  rule?: string;
  items?: string[];
  role?: string;
  weight?: number;
  attributedTo?: string;
}

export function relation(articleId: string, spec: RelSpec, offset: number): Relation {
  const symmetric = ['ALLY_OF', 'MEETS', 'MENTIONED_WITH'].includes(spec.type);
  const [s, t] = symmetric && spec.target.id < spec.source.id ? [spec.target, spec.source] : [spec.source, spec.target];
  const id = symmetric ? `${spec.type}:${s.id}--${t.id}` : `${spec.type}:${s.id}->${t.id}`;
  return {
    id,
    type: spec.type,
    source: s.id,
    target: t.id,
    confidence: spec.confidence ?? 0.5,
    ...(spec.items ? { items: spec.items } : {}),
    ...(spec.role ? { role: spec.role } : {}),
    ...(spec.weight ? { weight: spec.weight } : {}),
    evidence: [
      {
        articleId,
        sentence: spec.sentence,
        start: offset,
        end: offset + spec.sentence.length,
        rule: spec.rule ?? 'test-rule',
        confidence: spec.confidence ?? 0.5,
        ...(spec.attributedTo ? { attributedTo: spec.attributedTo } : {}),
      },
    ],
  };
}

/** One article whose text is its relations' sentences; id = hash of the text (as the loader does). */
export function articleGraph(key: string, entities: Entity[], rels: RelSpec[], extra: { date?: string; source?: string } = {}): ArticleGraph {
  const text = rels.map((r) => r.sentence).join(' ') || `article ${key}`;
  const id = sha(text);
  let offset = 0;
  const relations = rels.map((spec) => {
    const r = relation(id, spec, offset);
    offset += spec.sentence.length + 1;
    return r;
  });
  return {
    article: { id, key, file: `${key}.txt`, index: 0, start: 0, end: text.length, text, ...extra },
    entities,
    relations,
    mentions: entities.map((e) => ({ entityId: e.id, count: e.mentions })),
  };
}

export const russia = entity('Country', 'Russia');
export const northKorea = entity('Country', 'North Korea', { aliases: ['North Korea', 'Pyongyang', 'DPRK'] });
export const iran = entity('Country', 'Iran');
export const ukraine = entity('Country', 'Ukraine');
export const kim = entity('Person', 'Kim Jong Un', { roles: ['leader'] });
