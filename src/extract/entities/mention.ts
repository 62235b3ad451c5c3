// A mention: one place in a sentence where an entity is named.
import type { EntityLabel } from '../../graph/ontology.js';

export type NamedLabel = Exclude<EntityLabel, 'Event'>;

export interface Title {
  text: string; // "Deputy Pentagon press secretary", "President"
  leads: boolean; // top post (LEADS) rather than any other post (MEMBER_OF)
  /** the organization/country/place the title belongs to, as a mention in the same sentence */
  of?: Mention;
  first: number; // token span of the title in the sentence
  last: number;
}

export interface Mention {
  label: NamedLabel;
  name: string; // canonical when known (gazetteer), else the cleaned surface
  surface: string; // cleaned surface form (possessive dropped)
  sentence: number;
  first: number; // token indices in the sentence, inclusive
  last: number;
  start: number; // offsets into the article text
  end: number;
  source: 'gazetteer' | 'demonym' | 'capital' | 'seat' | 'institution' | 'name' | 'acronym' | 'pronoun';
  kind?: string;
  country?: string; // canonical country of a place or organization (gazetteer)
  title?: Title; // the title that names the person's organization, else any title
  titles?: Title[]; // every title found (before and after the name)
  possessive?: boolean;
  /** entity key within the article, set by in-article resolution */
  key?: string;
}

export const mentionKeyOf = (label: NamedLabel, name: string): string => `${label}|${name}`;
