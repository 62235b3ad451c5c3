// Every relation rule, in the order they run on each sentence.
import type { SentenceContext } from '../context.js';
import { titleRelations } from './titles.js';
import { runCueRule } from './cue-rule.js';
import { CUE_SPECS } from './specs.js';
import { troopsIn } from './deploys-to.js';
import { receivedFrom, suppliedMateriel } from './supplies.js';
import { allies } from './allies.js';
import { memberOf } from './member-of.js';
import { locatedIn, gazetteerLocations } from './located-in.js';
import { holdsAccountable } from './opposes.js';
import { alongside } from './alongside.js';

export type RelationRule = (ctx: SentenceContext) => void;

export const RELATION_RULES: RelationRule[] = [
  titleRelations,
  ...CUE_SPECS.map((spec) => (ctx: SentenceContext) => runCueRule(ctx, spec)),
  troopsIn,
  receivedFrom,
  suppliedMateriel,
  allies,
  memberOf,
  holdsAccountable,
  alongside,
  locatedIn,
  gazetteerLocations,
];
