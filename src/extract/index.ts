// Public API of the extractor: one article in, its graph out (pure; gazetteers, lexicons and the
// calibrated confidence table are data files read once; rules switched off with NEWSGRAPH_DISABLE_RULES).
import type { Article } from '../graph/types.js';
import { defaultConfidenceTable } from '../graph/confidence-table.js';
import { defaultGazetteer } from './gazetteer/load.js';
import { defaultLexicon } from './lexicon/index.js';
import { extractWith, type ExtractedGraph, type ExtractorDeps } from './extractor.js';
import { parseRuleList, selectRules } from './rules/registry.js';

let deps: ExtractorDeps | undefined;

export function defaultDeps(): ExtractorDeps {
  deps ??= {
    gaz: defaultGazetteer(), lex: defaultLexicon(), table: defaultConfidenceTable(),
    rules: selectRules(parseRuleList(process.env.NEWSGRAPH_DISABLE_RULES)),
  };
  return deps;
}

/** Load gazetteers, lexicons, the confidence table and the rule selection again on next use. */
export function reloadDefaultDeps(): void {
  deps = undefined;
}

export function extractArticle(article: Article): ExtractedGraph {
  return extractWith(article, defaultDeps());
}

export { extractWith, type ExtractorDeps, type ExtractedGraph } from './extractor.js';
export { toEvalDocument, type EvalDoc } from './eval-format.js';
export { RULES, selectRules, parseRuleList } from './rules/registry.js';
