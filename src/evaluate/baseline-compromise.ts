// The "compromise only" baseline the README compares against: compromise's own people, places and
// organizations, places typed as countries, one entity per distinct name, nothing resolved, no relations.
import nlp from 'compromise';
import type { EvalDocument, EvalEntity } from './eval-document.js';
import { normaliseName } from './score.js';

export function compromiseBaseline(document: string, text: string): EvalDocument {
  const doc = nlp(text);
  const entities: EvalEntity[] = [];
  const seen = new Set<string>();
  const add = (type: string, names: string[]): void => {
    for (const raw of names) {
      const name = raw.replace(/[\s,.;:!?"“”]+$/u, '').replace(/^["“]/u, '').trim();
      const key = `${type}|${normaliseName(name)}`;
      if (!normaliseName(name) || seen.has(key)) continue;
      seen.add(key);
      entities.push({ type, name, aliases: [] });
    }
  };
  add('Person', doc.people().out('array') as string[]);
  add('Country', doc.places().out('array') as string[]);
  add('Organization', doc.organizations().out('array') as string[]);
  return { document, entities, relations: [] };
}
