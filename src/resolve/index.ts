// Cross-article resolution: one node per real entity in the whole corpus. A person named by surname
// alone (or a spelling variant) in one article becomes the unique full-name person of another; ids are
// rewritten consistently in entities, relations and mentions.
export { resolveCorpus } from './corpus.js';
export { entityId, relationId, eventId, slug } from './ids.js';
