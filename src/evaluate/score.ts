// Scores extractor output against gold answers by the rules of ../shared/eval/README.md: a pure
// re-implementation of score.mjs that gives the same numbers (test/evaluate/score.test.ts checks it).
import type { EvalDocument, EvalEntity } from './eval-document.js';

const SYMMETRIC = new Set(['ALLY_OF', 'MEETS', 'MENTIONED_WITH']);

export interface Counts { tp: number; fp: number; fn: number }
export interface Score extends Counts { precision: number; recall: number; f1: number }
export interface ScoreReport {
  documents: number;
  missingPredictions: number;
  entities: Score;
  named: Score;
  byType: Record<string, Score>;
  relations: Score;
  pairs: Score;
  relationsByType: Record<string, Score>;
  /** with `byRule`: per rule id named on predicted relations (fn unknown: always 0) */
  byRule?: Record<string, Score>;
  minConfidence: number;
}
export interface ScoreOptions { minConfidence?: number; byRule?: boolean }
export interface DocumentDiagnostics { document: string; missed: string[]; spurious: string[]; outcomes: RelationOutcome[] }
/** One predicted typed relation (after de-duplication) and whether it matched a gold relation. */
export interface RelationOutcome { type: string; rules: string[]; confidence?: number; correct: boolean }
export interface ScoredDocument { document: string; gold: EvalDocument; pred?: EvalDocument }

/** Case-folded, accents and punctuation removed, possessive 's and a leading "the" dropped. */
export function normaliseName(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

const namesOf = (e: EvalEntity): Set<string> => new Set([e.name, ...(e.aliases ?? [])].map(normaliseName).filter(Boolean));
const counter = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const round4 = (x: number): number => +x.toFixed(4);

export function prf(c: Counts): Score {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: round4(p), recall: round4(r), f1: round4(f), ...c };
}

/** Map from predicted entity index to gold entity index; each gold entity matched at most once. */
export function matchEntities(gold: EvalEntity[], pred: EvalEntity[]): Map<number, number> {
  const map = new Map<number, number>();
  const used = new Set<number>();
  const goldNames = gold.map(namesOf);
  // Non-events first, so event participants resolve through matched entities.
  pred.forEach((p, pi) => {
    if (p.type === 'Event') return;
    const pn = namesOf(p);
    for (let gi = 0; gi < gold.length; gi++) {
      if (used.has(gi) || gold[gi]!.type !== p.type) continue;
      if ([...pn].some((n) => goldNames[gi]!.has(n))) { map.set(pi, gi); used.add(gi); return; }
    }
  });
  const goldParticipants = (list: string[] | undefined): Set<number> => new Set((list ?? [])
    .map((n) => { const k = normaliseName(n); return gold.findIndex((g, gi) => g.type !== 'Event' && goldNames[gi]!.has(k)); })
    .filter((x) => x >= 0));
  const predParticipants = (list: string[] | undefined): Set<number> => new Set((list ?? [])
    .map((n) => {
      const k = normaliseName(n);
      const pi = pred.findIndex((e) => e.type !== 'Event' && namesOf(e).has(k));
      return pi >= 0 && map.has(pi) ? map.get(pi)! : -1;
    })
    .filter((x) => x >= 0));
  pred.forEach((p, pi) => {
    if (p.type !== 'Event') return;
    const pp = predParticipants(p.participants);
    for (let gi = 0; gi < gold.length; gi++) {
      const g = gold[gi]!;
      if (used.has(gi) || g.type !== 'Event' || g.eventType !== p.eventType) continue;
      const gp = goldParticipants(g.participants);
      if ([...pp].some((x) => gp.has(x))) { map.set(pi, gi); used.add(gi); return; }
    }
  });
  return map;
}

interface Totals { byType: Record<string, Counts>; relations: Counts; pairs: Counts; relationsByType: Record<string, Counts> }
interface Endpoints { s: number; t: number; type: string; rules?: string[]; confidence?: number }

function scoreDocument(gold: EvalDocument, pred: EvalDocument, totals: Totals, document: string, minConfidence: number): DocumentDiagnostics {
  const ge = gold.entities ?? [];
  const pe = pred.entities ?? [];
  const map = matchEntities(ge, pe);
  const types = new Set([...ge.map((e) => e.type), ...pe.map((e) => e.type)]);
  for (const t of types) {
    const c = (totals.byType[t] ??= counter());
    const tp = [...map.keys()].filter((pi) => pe[pi]!.type === t).length;
    c.tp += tp;
    c.fp += pe.filter((e) => e.type === t).length - tp;
    c.fn += ge.filter((e) => e.type === t).length - tp;
  }
  const matchedGold = new Set(map.values());
  const diagnostics = {
    document,
    missed: ge.filter((_, gi) => !matchedGold.has(gi)).map((e) => `${e.type}:${e.name}`),
    spurious: pe.filter((_, pi) => !map.has(pi)).map((e) => `${e.type}:${e.name}`),
    outcomes: [] as RelationOutcome[],
  };
  const goldIndex = (name: string): number => ge.findIndex((e) => e.name === name);
  const predToGold = (name: string): number => {
    const k = normaliseName(name);
    const byName = pe.findIndex((e) => normaliseName(e.name) === k);
    const pi = byName >= 0 ? byName : pe.findIndex((e) => namesOf(e).has(k));
    return pi >= 0 && map.has(pi) ? map.get(pi)! : -1;
  };
  const gr: Endpoints[] = (gold.relations ?? []).filter((r) => r.type !== 'MENTIONED_WITH')
    .map((r) => ({ s: goldIndex(r.source), t: goldIndex(r.target), type: r.type }));
  const pr: Endpoints[] = (pred.relations ?? []).filter((r) => r.type !== 'MENTIONED_WITH')
    .filter((r) => typeof r.confidence !== 'number' || r.confidence >= minConfidence)
    .map((r) => ({ s: predToGold(r.source), t: predToGold(r.target), type: r.type, rules: [...new Set([...ruleList(r.rules), ...(typeof r.rule === 'string' ? [r.rule] : [])])], confidence: typeof r.confidence === 'number' ? r.confidence : undefined }));
  const same = (a: Endpoints, b: Endpoints, typed: boolean): boolean => {
    const direct = a.s === b.s && a.t === b.t;
    const reverse = a.s === b.t && a.t === b.s;
    if (a.s < 0 || a.t < 0) return false;
    if (!typed) return direct || reverse;
    return a.type === b.type && (direct || (SYMMETRIC.has(a.type) && reverse));
  };
  const pairKey = (r: Endpoints): string => `${Math.min(r.s, r.t)}|${Math.max(r.s, r.t)}`;
  for (const [key, typed] of [['relations', true], ['pairs', false]] as const) {
    const used = new Set<number>();
    let tp = 0;
    // Predictions with the same endpoints (and type) count once.
    const seen = new Set<string>();
    const preds = pr.filter((r) => {
      const k = typed ? `${pairKey(r)}|${r.type}|${SYMMETRIC.has(r.type) ? '' : r.s}` : pairKey(r);
      if (r.s >= 0 && r.t >= 0 && seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    for (const p of preds) {
      const gi = gr.findIndex((g, i) => !used.has(i) && same(p, g, typed));
      if (gi >= 0) { used.add(gi); tp++; }
      if (typed) {
        diagnostics.outcomes.push({ type: p.type, rules: p.rules ?? [], confidence: p.confidence, correct: gi >= 0 });
        const bt = (totals.relationsByType[p.type] ??= counter());
        if (gi >= 0) bt.tp++; else bt.fp++;
      }
    }
    if (typed) gr.forEach((g, i) => { if (!used.has(i)) (totals.relationsByType[g.type] ??= counter()).fn++; });
    const goldCount = typed ? gr.length : new Set(gr.map(pairKey)).size;
    totals[key].tp += tp;
    totals[key].fp += preds.length - tp;
    totals[key].fn += Math.max(0, goldCount - tp);
  }
  return diagnostics;
}

const ruleList = (x: unknown): string[] => (Array.isArray(x) ? x.filter((r): r is string => typeof r === 'string') : []);

export interface RulePrecision { rule: string; tp: number; n: number; precision: number }

/** Precision and support of every rule id named on predicted relations (a relation counts for each rule it names). */
export function precisionByRule(outcomes: readonly RelationOutcome[]): RulePrecision[] {
  const by = new Map<string, { tp: number; n: number }>();
  for (const o of outcomes) for (const r of new Set(o.rules)) {
    const c = by.get(r) ?? { tp: 0, n: 0 };
    c.n++;
    if (o.correct) c.tp++;
    by.set(r, c);
  }
  return [...by].map(([rule, c]) => ({ rule, ...c, precision: round4(c.tp / c.n) })).sort((a, b) => b.n - a.n || a.rule.localeCompare(b.rule));
}

/** score.mjs's `byRule`: per rule id, its predictions right and wrong (its misses are not known: fn 0), by rule name. */
function byRuleScores(outcomes: readonly RelationOutcome[]): Record<string, Score> {
  const rules = precisionByRule(outcomes).sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return Object.fromEntries(rules.map((r) => [r.rule, prf({ tp: r.tp, fp: r.n - r.tp, fn: 0 })]));
}

/** Scores documents in the given order (score.mjs sorts gold files by name); a missing prediction scores as empty. */
export function scoreDocuments(docs: readonly ScoredDocument[], options: ScoreOptions = {}): { report: ScoreReport; diagnostics: DocumentDiagnostics[] } {
  const minConfidence = options.minConfidence ?? 0;
  const totals: Totals = { byType: {}, relations: counter(), pairs: counter(), relationsByType: {} };
  let missing = 0;
  const diagnostics = docs.map(({ document, gold, pred }) => {
    if (!pred) missing++;
    return scoreDocument(gold, pred ?? { entities: [], relations: [] }, totals, document, minConfidence);
  });
  const all = counter();
  const named = counter();
  for (const [t, c] of Object.entries(totals.byType)) {
    for (const agg of t === 'Event' ? [all] : [all, named]) { agg.tp += c.tp; agg.fp += c.fp; agg.fn += c.fn; }
  }
  const report: ScoreReport = {
    documents: docs.length,
    missingPredictions: missing,
    entities: prf(all),
    named: prf(named),
    byType: Object.fromEntries(Object.entries(totals.byType).sort().map(([k, v]) => [k, prf(v)])),
    relations: prf(totals.relations),
    pairs: prf(totals.pairs),
    relationsByType: Object.fromEntries(Object.entries(totals.relationsByType).sort().map(([k, v]) => [k, prf(v)])),
    ...(options.byRule ? { byRule: byRuleScores(diagnostics.flatMap((d) => d.outcomes)) } : {}),
    minConfidence,
  };
  return { report, diagnostics };
}

/** The scorer's table, line for line as score.mjs prints it. */
export function formatReport(report: ScoreReport, options: { byType?: boolean } = {}): string[] {
  const row = (k: string, r: Score): string =>
    `${k.padEnd(14)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
  return [
    `documents ${report.documents}${report.missingPredictions ? `, ${report.missingPredictions} without prediction` : ''}`,
    ...Object.entries(report.byType).map(([k, v]) => row(k, v)),
    row('NAMED', report.named),
    row('ENTITIES', report.entities),
    row('RELATIONS', report.relations),
    row('PAIRS', report.pairs),
    ...(options.byType || report.byRule ? ['relations by type:', ...Object.entries(report.relationsByType).map(([k, v]) => `  ${row(k, v)}`)] : []),
    ...(report.byRule ? [
      'relations by rule (precision only: a rule\'s misses are not known):',
      ...Object.entries(report.byRule).map(([k, v]) => `  ${k.padEnd(40)} P ${v.precision.toFixed(3)}  (tp ${v.tp}, fp ${v.fp})`),
    ] : []),
  ];
}
