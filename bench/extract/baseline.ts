// The yardstick of issue 3: bare compromise on the same text, `nlp(text)` plus `.people()`,
// `.places()`, `.organizations()` (materialised, so the matches are really computed).
import nlp from 'compromise';

export function bareCompromise(text: string): number {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
