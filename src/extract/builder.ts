// Collects one article's relations (merged by id, evidence appended) and turns them into an ArticleGraph.
import type { RelationType } from '../graph/ontology.js';
import type { Article, Evidence, Relation } from '../graph/types.js';
import { orderEndpoints, relationId } from '../resolve/ids.js';
import type { Sentence } from './text/parse.js';
import type { Claim } from './claims/attribution.js';

export interface RelationInput {
  type: RelationType;
  source: string; // entity id
  target: string;
  rule: string;
  confidence: number;
  sentence: Sentence;
  claim?: Claim;
  role?: string;
  items?: string[];
  /** offsets of the evidence inside the sentence when narrower than it (article-text offsets) */
}

export class RelationSet {
  private readonly byId = new Map<string, Relation>();
  constructor(private readonly article: Article) {}

  evidence(sentence: Sentence, rule: string, confidence: number, claim?: Claim): Evidence {
    const ev: Evidence = {
      articleId: this.article.id,
      sentence: sentence.text,
      start: this.article.start + sentence.start,
      end: this.article.start + sentence.end,
      rule,
      confidence,
    };
    if (claim?.attributedTo) ev.attributedTo = claim.attributedTo;
    if (claim?.hedged) ev.hedged = true;
    if (claim?.denied) ev.denied = true;
    return ev;
  }

  add(r: RelationInput): Relation | undefined {
    if (r.source === r.target) return undefined;
    const [source, target] = orderEndpoints(r.type, r.source, r.target);
    const id = relationId(r.type, source, target);
    const ev = this.evidence(r.sentence, r.rule, r.confidence, r.claim);
    const existing = this.byId.get(id);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === ev.start && e.rule === ev.rule)) existing.evidence.push(ev);
      existing.confidence = Math.max(existing.confidence, r.confidence);
      if (r.items?.length) existing.items = [...new Set([...(existing.items ?? []), ...r.items])];
      if (r.role && !existing.role) existing.role = r.role;
      if (r.type === 'MENTIONED_WITH') existing.weight = (existing.weight ?? 0) + 1;
      return existing;
    }
    const rel: Relation = { id, type: r.type, source, target, confidence: r.confidence, evidence: [ev] };
    if (r.role) rel.role = r.role;
    if (r.items?.length) rel.items = [...new Set(r.items)];
    if (r.type === 'MENTIONED_WITH') rel.weight = 1;
    this.byId.set(id, rel);
    return rel;
  }

  has(type: RelationType, source: string, target: string): boolean {
    const [s, t] = orderEndpoints(type, source, target);
    return this.byId.has(relationId(type, s, t));
  }

  /** Is there any typed relation between the two entities (either direction)? */
  linked(a: string, b: string): boolean {
    for (const r of this.byId.values()) {
      if (r.type === 'MENTIONED_WITH') continue;
      if ((r.source === a && r.target === b) || (r.source === b && r.target === a)) return true;
    }
    return false;
  }

  all(): Relation[] {
    return [...this.byId.values()];
  }
}
