// The one merge step: every rule's candidates become relations. Candidates of one relation (same type
// and endpoints) are merged; one sentence is one evidence item however many rules read it (the others
// are listed in the relation's `rules`); each evidence item's confidence comes from confidence.ts, and a
// relation's confidence is that of its best evidence. Two policies between rules live here and nowhere
// else: a person who LEADS a body is not also MEMBER_OF it, and MENTIONED_WITH is only the fallback
// between entities no typed relation links.
import type { ConfidenceTable } from '../../graph/confidence-table.js';
import type { Article, Evidence, Relation } from '../../graph/types.js';
import { orderEndpoints, relationId } from '../../resolve/ids.js';
import type { Candidate } from './types.js';
import { evidenceConfidence, isQuestion } from './confidence.js';

export interface MergedRelation extends Relation {
  /** every rule or pattern id that produced it, best first */
  rules: string[];
}

/** Structural readings a denial never governs: a person's title, where a place is, two names in one sentence. */
const STRUCTURAL = /^(title|located-in|co-occurrence|member-of-apposition)/;

/**
 * Does the sentence's denial govern this candidate? Only a cue inside the denied clause; a rule that gives no cue
 * is governed by any denial in its sentence (the cautious reading), unless its reading is structural.
 */
function deniedHere(c: Candidate): boolean {
  if (!c.claim?.denied || STRUCTURAL.test(c.rule)) return false;
  const span = c.claim.deniedSpan;
  return c.cue === undefined || !span || (c.cue >= span[0] && c.cue <= span[1]);
}

function evidenceOf(article: Article, c: Candidate, table: ConfidenceTable): Evidence {
  const denied = deniedHere(c);
  const confidence = evidenceConfidence(table, c.rule, {
    hedged: c.claim?.hedged || c.irrealis, irrealis: c.irrealis, denied, question: isQuestion(c.sentence.text),
  });
  const ev: Evidence = {
    articleId: article.id,
    sentence: c.sentence.text,
    start: article.start + c.sentence.start,
    end: article.start + c.sentence.end,
    rule: c.rule,
    confidence,
  };
  // the claimant of a denied relation is the one who denies it
  const claimant = denied && c.claim?.denier ? c.claim.denier : c.claim?.attributedTo;
  if (claimant) ev.attributedTo = claimant;
  if (c.claim?.hedged || c.irrealis) ev.hedged = true;
  if (denied) ev.denied = true;
  return ev;
}

export function mergeCandidates(article: Article, candidates: readonly Candidate[], table: ConfidenceTable): MergedRelation[] {
  const byId = new Map<string, MergedRelation>();
  for (const c of candidates) {
    if (c.source === c.target) continue;
    const [source, target] = orderEndpoints(c.type, c.source, c.target);
    const id = relationId(c.type, source, target);
    const ev = evidenceOf(article, c, table);
    const rel = byId.get(id);
    if (!rel) {
      const fresh: MergedRelation = { id, type: c.type, source, target, confidence: ev.confidence, evidence: [ev], rules: [c.rule] };
      if (c.role) fresh.role = c.role;
      if (c.items?.length) fresh.items = [...new Set(c.items)];
      if (c.type === 'MENTIONED_WITH') fresh.weight = 1;
      byId.set(id, fresh);
      continue;
    }
    const same = rel.evidence.findIndex((e) => e.start === ev.start);
    if (same < 0) {
      rel.evidence.push(ev);
      if (c.type === 'MENTIONED_WITH') rel.weight = (rel.weight ?? 0) + 1;
    } else if (ev.confidence > rel.evidence[same]!.confidence) rel.evidence[same] = ev;
    if (!rel.rules.includes(c.rule)) rel.rules.push(c.rule);
    rel.confidence = Math.max(...rel.evidence.map((e) => e.confidence));
    if (c.items?.length) rel.items = [...new Set([...(rel.items ?? []), ...c.items])];
    if (c.role && !rel.role) rel.role = c.role;
  }
  const all = [...byId.values()];
  const leads = new Set(all.filter((r) => r.type === 'LEADS').map((r) => `${r.source}|${r.target}`));
  const linked = new Set(all.filter((r) => r.type !== 'MENTIONED_WITH').flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
  return all
    .filter((r) => !(r.type === 'MEMBER_OF' && leads.has(`${r.source}|${r.target}`)))
    .filter((r) => !(r.type === 'MENTIONED_WITH' && linked.has(`${r.source}|${r.target}`)))
    .map((r) => ({ ...r, rules: orderRules(r) }));
}

/** The rule of the best evidence first. */
function orderRules(r: MergedRelation): string[] {
  const best = [...r.evidence].sort((a, b) => b.confidence - a.confidence)[0]!.rule;
  return [best, ...r.rules.filter((x) => x !== best)];
}
