// Calibration: each rule's precision measured on development sets becomes the confidence its evidence
// gets, smoothed toward the pooled precision so that a rule seen three times does not get 1.0; then the
// default threshold is chosen on the same sets (the lowest at which typed relations reach the target
// precision). Any set used here is a development set from then on.
import { writeFileSync } from 'node:fs';
import { CALIBRATION_FILE, clearConfidenceTableCache, defaultConfidenceTable, type ConfidenceTable } from '../graph/confidence-table.js';
import { RULES, reloadDefaultDeps } from '../extract/index.js';
import { ruleKeys } from '../extract/rules/types.js';
import { evaluateDocuments } from './evaluate-docs.js';
import { precisionByRule, type RelationOutcome } from './score.js';

export interface DevSet { gold: string; docs: string }

export interface CurvePoint { threshold: number; precision: number; recall: number; f1: number; shown: number }

export interface Calibration {
  table: ConfidenceTable;
  curve: CurvePoint[];
  goldRelations: number;
}

export const TARGET_PRECISION = 0.8;
const PRIOR_WEIGHT = 4;
/**
 * MENTIONED_WITH is never in a gold answer (two names in one sentence state no relation), so its rule cannot be
 * measured: it gets this fixed confidence, below any threshold the calibration can choose above 0.3.
 */
export const CO_MENTION_CONFIDENCE = 0.3;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function outcomesOf(sets: readonly DevSet[]): Promise<{ outcomes: RelationOutcome[]; gold: number }> {
  const outcomes: RelationOutcome[] = [];
  let gold = 0;
  for (const set of sets) {
    // one thread: the extractor in this process reads the table just written
    const e = await evaluateDocuments(set.gold, set.docs, { workers: 1, minConfidence: 0 });
    if (e.errors.length) throw new Error(`calibrate: ${e.errors[0]!.reason}`);
    outcomes.push(...e.diagnostics.flatMap((d) => d.outcomes));
    gold += e.report.relations.tp + e.report.relations.fn;
  }
  return { outcomes, gold };
}

export function curve(outcomes: readonly RelationOutcome[], gold: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let k = 0; k <= 19; k++) {
    const threshold = round3(k * 0.05);
    const shown = outcomes.filter((o) => (o.confidence ?? 0) >= threshold);
    const tp = shown.filter((o) => o.correct).length;
    const precision = shown.length ? tp / shown.length : 0;
    const recall = gold ? tp / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    points.push({ threshold, precision: round3(precision), recall: round3(recall), f1: round3(f1), shown: shown.length });
  }
  return points;
}

export async function calibrate(sets: readonly DevSet[], names: readonly string[], date = new Date().toISOString().slice(0, 10)): Promise<Calibration> {
  const old = defaultConfidenceTable();
  const first = await outcomesOf(sets);
  const pooled = first.outcomes.length ? first.outcomes.filter((o) => o.correct).length / first.outcomes.length : 0.5;
  const mean = round3(pooled);
  const measured = new Map(precisionByRule(first.outcomes).map((r) => [r.rule, r]));
  const rules: ConfidenceTable['rules'] = {};
  const coMentionOnly = new Set(RULES.filter((r) => r.emits.every((t) => t === 'MENTIONED_WITH')).flatMap(ruleKeys));
  for (const key of [...new Set(RULES.flatMap(ruleKeys))].sort()) {
    if (coMentionOnly.has(key)) {
      rules[key] = { tp: 0, n: 0, precision: null, confidence: CO_MENTION_CONFIDENCE };
      continue;
    }
    const m = measured.get(key);
    const tp = m?.tp ?? 0;
    const n = m?.n ?? 0;
    rules[key] = { tp, n, precision: n ? round3(tp / n) : null, confidence: round3((tp + PRIOR_WEIGHT * mean) / (n + PRIOR_WEIGHT)) };
  }
  const draft: ConfidenceTable = { ...old, calibratedOn: [...names], date, prior: { mean, weight: PRIOR_WEIGHT }, rules };
  writeFileSync(CALIBRATION_FILE, `${JSON.stringify(draft, null, 2)}\n`);
  clearConfidenceTableCache();
  reloadDefaultDeps();
  // the same sets again, now with the calibrated confidences: where to draw the default line
  const second = await outcomesOf(sets);
  const points = curve(second.outcomes, second.gold);
  const meeting = points.find((p) => p.threshold > 0 && p.precision >= TARGET_PRECISION && p.shown > 0);
  const best = [...points].sort((a, b) => b.precision - a.precision)[0]!;
  const chosen = meeting ?? best;
  const table: ConfidenceTable = {
    ...draft,
    threshold: chosen.threshold,
    thresholdReason: meeting
      ? `lowest threshold at which typed relations on the calibration sets reach precision ≥ ${TARGET_PRECISION} (P ${chosen.precision}, R ${chosen.recall})`
      : `no threshold reaches precision ${TARGET_PRECISION} on the calibration sets; the most precise one (P ${chosen.precision}, R ${chosen.recall})`,
  };
  writeFileSync(CALIBRATION_FILE, `${JSON.stringify(table, null, 2)}\n`);
  clearConfidenceTableCache();
  reloadDefaultDeps();
  return { table, curve: points, goldRelations: second.gold };
}
