// The registry: every extraction rule, in the order it runs. Sentence rules run on each sentence; event
// rules run once per article over the finished events. Each has an id (the key of the confidence table
// and of `--disable-rules`), what it emits, a description, and its own tests in test/extract/rules/.
import type { RelationType } from '../../graph/ontology.js';
import type { SentenceContext } from '../context.js';
import { CandidateSink, ruleKeys, type Candidate, type EventRule, type Rule, type SentenceRule } from './types.js';
import { titleRelations } from '../relations/titles.js';
import { runCueRule } from '../relations/cue-rule.js';
import { CUE_SPECS } from '../relations/specs.js';
import { troopsIn } from '../relations/deploys-to.js';
import { receivedFrom, suppliedMateriel } from '../relations/supplies.js';
import { allies } from '../relations/allies.js';
import { memberOf } from '../relations/member-of.js';
import { locatedIn, gazetteerLocations } from '../relations/located-in.js';
import { holdsAccountable } from '../relations/opposes.js';
import { alongside } from '../relations/alongside.js';
import { coOccurrence } from '../relations/co-occurrence.js';
import { EVENT_RULES } from '../events/derived.js';

/** A sentence rule from a function that adds to `ctx.out`: each run gets a sink of its own and returns it. */
function sentenceRule(meta: Omit<SentenceRule, 'run' | 'stage'>, fn: (ctx: SentenceContext) => void): SentenceRule {
  return {
    ...meta,
    stage: 'sentence',
    run(ctx: SentenceContext): Candidate[] {
      const out = new CandidateSink();
      fn({ ...ctx, out });
      return out.items;
    },
  };
}

const CUE_PATTERNS = ['verb', 'verb-prep-subject', 'passive', 'verb-together', 'verb-including', 'verb-object-clause', 'verb-shared-object', 'noun', 'noun-between', 'noun-pledged', 'noun-including', 'noun-subject'];
const cueName = (t: RelationType) => t.toLowerCase().replace(/_/g, '-');

export const SENTENCE_RULES: SentenceRule[] = [
  sentenceRule({
    id: 'title', emits: ['LEADS', 'MEMBER_OF'], patterns: ['title-apposition', 'title-gazetteer-role', 'title-gazetteer-role-state'],
    description: 'A title next to a person ("Russian President Vladimir Putin", "X, the mayor of Y") gives the post and the state or body it is of.',
  }, titleRelations),
  ...CUE_SPECS.map((spec) => sentenceRule({
    id: `${cueName(spec.type)}-cue`, emits: [spec.type], patterns: CUE_PATTERNS.map((p) => `${cueName(spec.type)}-${p}`),
    description: `${spec.type} from a cue verb or noun of the lexicon with its subject (or agent) and object, filtered by the labels the ontology allows.`,
  }, (ctx) => runCueRule(ctx, spec))),
  sentenceRule({
    id: 'troops-in', emits: ['DEPLOYS_TO', 'ATTACKS'], patterns: ['deploys-to-troops-in', 'attacks-forces-in'],
    description: '"North Korean troops in Russia": a state\'s forces somewhere else were sent there (or, fighting there, attack it).',
  }, troopsIn),
  sentenceRule({ id: 'supplies-received-from', emits: ['SUPPLIES'], description: '"Russia received drones from Iran": the supplier gives the recipient materiel.' }, receivedFrom),
  sentenceRule({ id: 'supplies-materiel-user', emits: ['SUPPLIES'], description: '"Kyiv used U.S.-supplied missiles": the maker of the materiel supplies its user.' }, suppliedMateriel),
  sentenceRule({
    id: 'ally-of', emits: ['ALLY_OF', 'MEETS'], patterns: ['ally-of-between', 'ally-of-compound', 'ally-of-verb', 'ally-of-noun', 'ally-of-noun-subject', 'ally-of-signed', 'meets-signed'],
    description: 'Alliance nouns and verbs ("the alliance between A and B", "A-B partnership", "A and B signed a pact").',
  }, allies),
  sentenceRule({
    id: 'member-of', emits: ['MEMBER_OF'], patterns: ['member-of-apposition-at', 'member-of-join', 'member-of-apposition', 'member-of-compound'],
    description: '"Sweden joined NATO", "X, a member of BRICS", "NATO members Poland and Estonia", "X, a fellow at Y".',
  }, memberOf),
  sentenceRule({ id: 'opposes-holds-accountable', emits: ['OPPOSES'], description: '"The U.S. holds North Korea accountable".' }, holdsAccountable),
  sentenceRule({ id: 'supports-alongside', emits: ['SUPPORTS'], description: '"North Korean soldiers fighting alongside Russian troops".' }, alongside),
  sentenceRule({
    id: 'located-in', emits: ['LOCATED_IN'], patterns: ['located-in-possessive', 'located-in-region-of', 'located-in-comma', 'located-in-preposition'],
    description: '"Russia\'s Kursk region", "the Russian region of Kursk", "Kursk, Russia", "Kursk in Russia".',
  }, locatedIn),
  sentenceRule({ id: 'located-in-gazetteer', emits: ['LOCATED_IN'], description: 'A place\'s country from the gazetteer, when the article names that country.' }, gazetteerLocations),
  sentenceRule({ id: 'co-occurrence', emits: ['MENTIONED_WITH'], description: 'Entities named in one sentence; kept only where no typed relation links them (merge.ts).' }, coOccurrence),
];

export const RULES: readonly Rule[] = [...SENTENCE_RULES, ...EVENT_RULES];

/** Which rules run: all but those switched off by rule id or pattern id. */
export interface RuleSelection {
  sentence: SentenceRule[];
  event: EventRule[];
  /** pattern ids switched off inside rules that stay on */
  offPatterns: Set<string>;
}

export function selectRules(disabled: ReadonlySet<string> = new Set()): RuleSelection {
  const known = new Set(RULES.flatMap(ruleKeys));
  const unknown = [...disabled].filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`rules: no rule or pattern named ${unknown.join(', ')} (see newsgraph evaluate --list-rules)`);
  const on = <R extends Rule>(r: R) => !disabled.has(r.id);
  return { sentence: SENTENCE_RULES.filter(on), event: EVENT_RULES.filter(on), offPatterns: new Set(disabled) };
}

/** Rule ids from a comma-separated list (NEWSGRAPH_DISABLE_RULES, --disable-rules). */
export const parseRuleList = (s: string | undefined): Set<string> => new Set((s ?? '').split(',').map((x) => x.trim()).filter(Boolean));
