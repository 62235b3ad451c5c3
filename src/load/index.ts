export { expandInputs, formatOf, INPUT_EXTENSIONS, type InputFormat } from './expand-inputs.js';
export { loadFile, contentId, type LoadedFile } from './load-file.js';
export { loadInputs, type FileError, type LoadedInputs } from './load-inputs.js';
export { maskSkipped } from './mask.js';
export { readUtf8, decodeUtf8 } from './read-text.js';
export { splitArticles, type ArticleSpan, type Range } from './split-articles.js';
