// LOCATED_IN: "Russia's Kursk region", "Kursk in Russia", "Kursk, Russia", "the Russian region of
// Kursk"; and the gazetteer's country of a place when the article names that country too.
import { entityId } from '../../resolve/ids.js';
import { nameKey } from '../text/normalize.js';
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import { mentionEndingAt, mentionStartingAt } from './arguments.js';

const CONTAINER = new Set(['Country', 'Place']);

function add(ctx: SentenceContext, place: Mention, container: Mention, rule: string): void {
  if (place.label !== 'Place' || !CONTAINER.has(container.label) || place.key === container.key) return;
  ctx.out.add({ type: 'LOCATED_IN', source: place.key!, target: container.key!, rule, sentence: ctx.sentence, claim: ctx.claim });
}

export function locatedIn(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (const m of ctx.mentions) {
    if (m.label !== 'Place') continue;
    // "Russia's Kursk region" / "Russian-occupied Crimea" is not containment, "Ukrainian city of Kharkiv" is
    const before = mentionEndingAt(ctx, m.first - 1);
    if (before?.possessive && before.label === 'Country') add(ctx, m, before, 'located-in-possessive');
    // "the Russian region of Kursk", "Ukraine's city of Sumy"
    if (m.first >= 3 && tokens[m.first - 1]!.key === 'of' && ctx.lex.entities.placeWords.has(tokens[m.first - 2]!.key)) {
      const owner = mentionEndingAt(ctx, m.first - 3);
      if (owner && owner.label === 'Country') add(ctx, m, owner, 'located-in-region-of');
    }
    // "Kursk in Russia", "Kursk, Russia", "the Kursk region of Russia", "Bryansk region in western Russia"
    let j = m.last + 1;
    if (ctx.lex.entities.placeWords.has(tokens[j]?.key ?? '')) j++;
    const sep = tokens[j - 1];
    if (sep && /^,\s*$/.test(sep.post)) {
      const after = mentionStartingAt(ctx, j);
      const closed = after && (after.last + 1 >= tokens.length || /[,.;)]/.test(tokens[after.last]!.post));
      if (after?.label === 'Country' && closed) add(ctx, m, after, 'located-in-comma');
    }
    if (['in', 'of'].includes(tokens[j]?.key ?? '')) {
      let k = j + 1;
      while (k < tokens.length && k <= j + 2 && !mentionStartingAt(ctx, k) && /^(the|western|eastern|northern|southern|central|northeastern|northwestern|southeastern|southwestern|occupied)$/.test(tokens[k]!.key)) k++;
      const after = mentionStartingAt(ctx, k);
      if (after && (after.label === 'Country' || (after.label === 'Place' && tokens[j]!.key === 'in' && after.kind !== 'city'))) add(ctx, m, after, 'located-in-preposition');
    }
  }
}

/** The gazetteer's country of each place named in the article, when the article names that country. */
export function gazetteerLocations(ctx: SentenceContext): void {
  for (const m of ctx.mentions) {
    // a capital's state is world knowledge, not something the article says ("talks in Moscow")
    if (m.label !== 'Place' || !m.country || m.source === 'capital' || m.source === 'seat' || ctx.gaz.capitals.has(nameKey(m.name))) continue;
    const country = entityId('Country', m.country);
    if (!ctx.entities.has(country)) continue;
    ctx.out.add({ type: 'LOCATED_IN', source: m.key!, target: country, rule: 'located-in-gazetteer', sentence: ctx.sentence, claim: ctx.claim });
  }
}
