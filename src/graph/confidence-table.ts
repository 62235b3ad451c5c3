// The calibrated confidence table (data/calibration/confidence.json): each rule's measured precision and
// the confidence its evidence gets, the modifiers for how a sentence says it, and the default threshold
// below which the CLI, the viewer and the reports hide a relation. Written by `newsgraph evaluate --calibrate`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { DATA_DIR } from '../paths.js';

export const CALIBRATION_FILE = join(DATA_DIR, 'calibration', 'confidence.json');

const unit = z.number().min(0).max(1);

export const RuleCalibrationSchema = z.object({
  /** relations naming the rule that matched a gold relation, and all relations naming it */
  tp: z.number().int().nonnegative(),
  n: z.number().int().nonnegative(),
  precision: unit.nullable(),
  /** smoothed: (tp + weight·mean) / (n + weight) */
  confidence: unit,
});

export const ConfidenceTableSchema = z.object({
  calibratedOn: z.array(z.string()),
  date: z.string(),
  prior: z.object({ mean: unit, weight: z.number().positive() }),
  /** default minimum confidence of what is shown (CLI tables, viewer, reports, --format eval) */
  threshold: unit,
  thresholdReason: z.string(),
  modifiers: z.object({ hedged: unit, irrealis: unit, question: unit, denied: unit }),
  rules: z.record(z.string(), RuleCalibrationSchema),
});
export type ConfidenceTable = z.infer<typeof ConfidenceTableSchema>;
export type RuleCalibration = z.infer<typeof RuleCalibrationSchema>;

/** Used only when no calibration has been written yet (a fresh checkout always has one). */
export const UNCALIBRATED: ConfidenceTable = {
  calibratedOn: [], date: '', prior: { mean: 0.5, weight: 4 }, threshold: 0.5, thresholdReason: 'uncalibrated',
  modifiers: { hedged: 0.85, irrealis: 0.5, question: 0.5, denied: 0.3 }, rules: {},
};

export function parseConfidenceTable(text: string, file = CALIBRATION_FILE): ConfidenceTable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = ConfidenceTableSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${file}: ${issue.path.join('.') || 'table'}: ${issue.message}`);
  }
  return parsed.data;
}

let cached: ConfidenceTable | undefined;

export function defaultConfidenceTable(): ConfidenceTable {
  cached ??= existsSync(CALIBRATION_FILE) ? parseConfidenceTable(readFileSync(CALIBRATION_FILE, 'utf8')) : UNCALIBRATED;
  return cached;
}

/** Forget the loaded table (after calibration wrote a new one). */
export function clearConfidenceTableCache(): void {
  cached = undefined;
}

/** The default minimum confidence of what is shown. */
export const defaultThreshold = (): number => defaultConfidenceTable().threshold;
