// The extraction pipeline for one article: parse once → mentions → in-article resolution →
// claims → typed relations and events → co-occurrence → ArticleGraph.
import type { Article, ArticleGraph, Entity } from '../graph/types.js';
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
import { RelationSet } from './builder.js';
import type { SentenceContext } from './context.js';
import { RELATION_RULES } from './relations/index.js';
import { coOccurrence } from './relations/co-occurrence.js';
import { EventCollector } from './events/collector.js';

export interface ExtractorDeps {
  gaz: Gazetteer;
  lex: Lexicon;
}

export function extractWith(article: Article, deps: ExtractorDeps): ArticleGraph {
  const { gaz, lex } = deps;
  const sentences = parseText(maskSkipped(article));
  const named: Mention[][] = sentences.map((s) => sentenceMentions(s, gaz, lex));
  const local = resolveMentions(named.flat(), gaz);
  // entity ids replace the article-local keys
  const idOf = new Map<string, string>();
  for (const e of local.values()) idOf.set(e.key, entityId(e.label, e.name));
  for (const m of named.flat()) m.key = idOf.get(m.key!)!;
  const perSentence = pronounMentions(sentences, named);
  const entities = new Map([...local.values()].map((e) => [idOf.get(e.key)!, e]));
  const relations = new RelationSet(article);
  const events = new EventCollector(article, relations, lex);
  const contexts: SentenceContext[] = sentences.map((sentence, i) => {
    const mentions = perSentence[i]!;
    return { sentence, mentions, claim: sentenceClaim(sentence, mentions, lex), relations, entities, gaz, lex };
  });
  for (const ctx of contexts) {
    for (const rule of RELATION_RULES) rule(ctx);
    events.collect(ctx);
  }
  for (const ctx of contexts) coOccurrence(ctx);
  const out: Entity[] = [];
  for (const [id, e] of entities) {
    const entity: Entity = { id, label: e.label, name: e.name, aliases: [...e.aliases], mentions: e.mentions };
    if (e.kind) entity.kind = e.kind;
    if (e.roles.size) entity.roles = [...e.roles];
    const figures = events.entityFigures.get(id);
    if (figures?.length) entity.figures = figures;
    out.push(entity);
  }
  const eventEntities = events.finish();
  return {
    article,
    entities: [...out, ...eventEntities],
    relations: relations.all(),
    mentions: [...entities].map(([id, e]) => ({ entityId: id, count: e.mentions })),
  };
}
