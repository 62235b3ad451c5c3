// The extraction pipeline for one article: parse once → mentions → in-article resolution → claims →
// sentence rules (candidates) → events → event rules (candidates) → one merge step → ArticleGraph.
import type { Article, ArticleGraph, Entity } from '../graph/types.js';
import type { ConfidenceTable } from '../graph/confidence-table.js';
import { entityId } from '../resolve/ids.js';
import type { Gazetteer } from './gazetteer/index.js';
import type { Lexicon } from './lexicon/index.js';
import { parseText } from './text/parse.js';
import { maskSkipped } from '../load/mask.js';
import { sentenceMentions } from './entities/index.js';
import { resolveMentions } from './entities/coref.js';
import type { Mention } from './entities/mention.js';
import { pronounMentions } from './entities/pronouns.js';
import { sentenceClaim } from './claims/attribution.js';
import type { SentenceContext } from './context.js';
import { EventCollector } from './events/collector.js';
import { CandidateSink, type Candidate } from './rules/types.js';
import { mergeCandidates, type MergedRelation } from './rules/merge.js';
import type { RuleSelection } from './rules/registry.js';

export interface ExtractorDeps {
  gaz: Gazetteer;
  lex: Lexicon;
  table: ConfidenceTable;
  rules: RuleSelection;
}

export interface ExtractedGraph extends ArticleGraph {
  relations: MergedRelation[];
}

export function extractWith(article: Article, deps: ExtractorDeps): ExtractedGraph {
  const { gaz, lex, table, rules } = deps;
  const sentences = parseText(maskSkipped(article));
  const named: Mention[][] = sentences.map((s) => sentenceMentions(s, gaz, lex));
  const local = resolveMentions(named.flat(), gaz);
  // entity ids replace the article-local keys
  const idOf = new Map<string, string>();
  for (const e of local.values()) idOf.set(e.key, entityId(e.label, e.name));
  for (const m of named.flat()) m.key = idOf.get(m.key!)!;
  const perSentence = pronounMentions(sentences, named);
  const entities = new Map([...local.values()].map((e) => [idOf.get(e.key)!, e]));
  const events = new EventCollector(article, lex);
  const kept = (c: Candidate) => !rules.offPatterns.has(c.rule);
  const candidates: Candidate[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const mentions = perSentence[i]!;
    const ctx: SentenceContext = { sentence, mentions, claim: sentenceClaim(sentence, mentions, lex), out: new CandidateSink(), entities, gaz, lex };
    for (const rule of rules.sentence) candidates.push(...rule.run(ctx).filter(kept));
    events.collect(ctx);
  }
  const fromSentences = mergeCandidates(article, candidates, table);
  const finished = events.finish(fromSentences);
  for (const rule of rules.event) candidates.push(...rule.run({ events: finished, relations: fromSentences, entities }).filter(kept));
  const out: Entity[] = [];
  for (const [id, e] of entities) {
    const entity: Entity = { id, label: e.label, name: e.name, aliases: [...e.aliases], mentions: e.mentions };
    if (e.kind) entity.kind = e.kind;
    if (e.roles.size) entity.roles = [...e.roles];
    const figures = events.entityFigures.get(id);
    if (figures?.length) entity.figures = figures;
    out.push(entity);
  }
  return {
    article,
    entities: [...out, ...finished.map((f) => f.entity)],
    relations: mergeCandidates(article, candidates, table),
    mentions: [...entities].map(([id, e]) => ({ entityId: id, count: e.mentions })),
  };
}
