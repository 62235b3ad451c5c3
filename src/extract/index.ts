// Public API of the extractor: one article in, its graph out (pure; gazetteers and lexicons are
// data files read once).
import type { Article, ArticleGraph } from '../graph/types.js';
import { defaultGazetteer } from './gazetteer/load.js';
import { defaultLexicon } from './lexicon/index.js';
import { extractWith } from './extractor.js';

export function extractArticle(article: Article): ArticleGraph {
  return extractWith(article, { gaz: defaultGazetteer(), lex: defaultLexicon() });
}

export { extractWith, type ExtractorDeps } from './extractor.js';
export { toEvalDocument, type EvalDoc } from './eval-format.js';
