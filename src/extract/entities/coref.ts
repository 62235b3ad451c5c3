// In-article resolution: one entity per real thing however it is written in the article
// (a surname alone → the full name met in the article; Zelensky / Zelenskyy → one person).
import type { Gazetteer } from '../gazetteer/index.js';
import { nameKeys, variantKey } from '../text/normalize.js';
import type { Mention, NamedLabel } from './mention.js';

export interface LocalEntity {
  key: string;
  label: NamedLabel;
  name: string;
  aliases: Set<string>;
  mentions: number;
  kind?: string;
  country?: string;
  roles: Set<string>;
  /** first mention's sentence index */
  firstSentence: number;
}

const ROLE_WORDS = /\b(President|Minister|Secretary|General|Governor|Chancellor|King|Leader)\b/;

function personCanonical(m: Mention, gaz: Gazetteer): string {
  return gaz.personByVariant.get(variantKey(m.name)) ?? m.name;
}

/** Assigns `key` to every mention and returns the article's entities. */
export function resolveMentions(mentions: Mention[], gaz: Gazetteer): Map<string, LocalEntity> {
  const entities = new Map<string, LocalEntity>();
  // full person names (two tokens or more), by variant key and by each of their name parts
  const fullByVariant = new Map<string, string>(); // variant key → canonical
  const byPart = new Map<string, Set<string>>(); // variant key of surname or first part → canonicals
  const persons = mentions.filter((m) => m.label === 'Person');
  for (const m of persons) {
    // only names the text gives in full: "Modi" matched to a listed "Narendra Modi" does not make "Modi" his
    if (nameKeys(m.name).length < 2 || (m.source === 'gazetteer' && nameKeys(m.surface).length < 2)) continue;
    const vk = variantKey(m.name);
    const canonical = fullByVariant.get(vk) ?? personCanonical(m, gaz);
    fullByVariant.set(vk, canonical);
    const parts = variantKey(m.name).split(' ');
    for (const part of [parts[0]!, parts[parts.length - 1]!, parts.slice(-2).join(' ')]) {
      if (!byPart.has(part)) byPart.set(part, new Set());
      byPart.get(part)!.add(canonical);
    }
  }
  const surnameOwner = (name: string): string | undefined => {
    const owners = byPart.get(variantKey(name));
    if (owners?.size === 1) return [...owners][0];
    return gaz.personByVariant.get(variantKey(name));
  };
  for (const m of mentions) {
    let label = m.label;
    let name = m.name;
    if (label === 'Person') {
      // a surname alone that a listed person bears links to the person of that surname the article introduced, when
      // there is one ("General Salifu Modi … Modi said" is not Narendra Modi)
      const local = m.source === 'gazetteer' && nameKeys(m.surface).length === 1 ? byPart.get(variantKey(m.surface)) : undefined;
      if (local?.size === 1 && !local.has(name)) name = [...local][0]!;
      else if (nameKeys(name).length >= 2) name = fullByVariant.get(variantKey(name)) ?? name;
      else name = surnameOwner(name) ?? name;
    } else if (m.source === 'name' && nameKeys(m.name).length <= 2) {
      // a single proper name typed as something else is a person met before ("Austin said")
      const owner = surnameOwner(m.name);
      if (owner && byPart.get(variantKey(m.name))) {
        label = 'Person';
        name = owner;
      }
    }
    m.label = label;
    m.name = name;
    const key = `${label}|${name}`;
    m.key = key;
    let e = entities.get(key);
    if (!e) {
      e = { key, label, name, aliases: new Set(), mentions: 0, kind: m.kind, country: m.country, roles: new Set(), firstSentence: m.sentence };
      entities.set(key, e);
    }
    e.mentions++;
    if (m.surface !== name) e.aliases.add(m.surface);
    if (m.title?.text && label === 'Person' && ROLE_WORDS.test(m.title.text.replace(/^\w/, (c) => c.toUpperCase()))) e.roles.add(m.title.text);
    else if (m.title?.text && label === 'Person') e.roles.add(m.title.text);
  }
  return entities;
}
