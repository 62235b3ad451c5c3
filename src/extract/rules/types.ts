// The shape of an extraction rule (ESLint's: an id, what it emits, a description, a `run` that returns
// candidates) and of what rules return. Rules never touch shared state: one merge step (merge.ts) turns
// every rule's candidates into relations, with confidence from the calibrated table (confidence.ts).
import type { RelationType } from '../../graph/ontology.js';
import type { Relation } from '../../graph/types.js';
import type { Sentence } from '../text/parse.js';
import type { Claim } from '../claims/attribution.js';
import type { SentenceContext } from '../context.js';
import type { FinishedEvent } from '../events/collector.js';
import type { LocalEntity } from '../entities/coref.js';

/** One relation a rule reads off the text: endpoints (entity ids), the sentence, and how it was said. */
export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  /** the rule id or one of the rule's pattern ids: the key of the confidence table */
  rule: string;
  sentence: Sentence;
  claim?: Claim;
  role?: string;
  items?: string[];
  /** reported only as intended, possible, future or conditional ("plans to attack", "if X struck") */
  irrealis?: boolean;
  /** token index of the cue in the sentence, when the rule has one (a denial governs only the cues in its clause) */
  cue?: number;
}

interface RuleMeta {
  /** kebab-case, unique; `patterns` are finer ids a rule may put on its candidates (each calibrated alone) */
  id: string;
  emits: readonly RelationType[];
  description: string;
  patterns?: readonly string[];
}

/** Runs once per sentence. */
export interface SentenceRule extends RuleMeta {
  stage: 'sentence';
  run(ctx: SentenceContext): Candidate[];
}

/** What a rule over finished events sees: the article's events and the relations the sentence rules gave. */
export interface EventRuleContext {
  events: FinishedEvent[];
  relations: readonly Relation[];
  entities: Map<string, LocalEntity>;
}

/** Runs once per article, over the finished events (relations derived from events). */
export interface EventRule extends RuleMeta {
  stage: 'event';
  run(ctx: EventRuleContext): Candidate[];
}

export type Rule = SentenceRule | EventRule;


/** Collects one rule run's candidates: private to that run, so no rule sees another's output. */
export class CandidateSink {
  readonly items: Candidate[] = [];
  add(c: Candidate): void {
    if (c.source !== c.target) this.items.push(c);
  }
}

/** Every id a rule may put on a candidate. */
export const ruleKeys = (r: Rule): string[] => [r.id, ...(r.patterns ?? [])];
