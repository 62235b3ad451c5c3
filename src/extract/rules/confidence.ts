// The one place a piece of evidence gets its confidence: the rule's calibrated base from the table, then
// the modifiers for how the sentence says it. A hedge weakens; an irrealis (plan, possibility, condition),
// a question or a denial is not an asserted fact, so it always lands below the default threshold.
import type { ConfidenceTable } from '../../graph/confidence-table.js';

export interface Modality {
  hedged?: boolean;
  irrealis?: boolean;
  question?: boolean;
  denied?: boolean;
}

/** The base confidence of a rule (or pattern) id: its calibrated value, else the prior mean. */
export function ruleConfidence(table: ConfidenceTable, rule: string): number {
  return table.rules[rule]?.confidence ?? table.prior.mean;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function evidenceConfidence(table: ConfidenceTable, rule: string, m: Modality): number {
  let c = ruleConfidence(table, rule);
  if (m.hedged) c *= table.modifiers.hedged;
  const unasserted = m.irrealis || m.question || m.denied;
  if (m.irrealis) c *= table.modifiers.irrealis;
  if (m.question) c *= table.modifiers.question;
  if (m.denied) c *= table.modifiers.denied;
  // never shown by default: kept in the database, one flag or toggle away
  if (unasserted) c = Math.min(c, Math.max(0, table.threshold - 0.05));
  return round(Math.max(0, Math.min(1, c)));
}

/** "Will North Korea send more troops?": a sentence asking is not a sentence asserting. */
export const isQuestion = (sentenceText: string): boolean => /\?\s*["”’')\]]*\s*$/.test(sentenceText.trim());
