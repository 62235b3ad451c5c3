// Demonyms that modify a noun are not always the target of an act: "destroyed 33 Ukrainian drones"
// names the drones' owner, "sanctions targeting Russian oil tankers" is not an attack on Russia.
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';

/** A demonym that modifies a weapon is its owner, not a target ("destroyed 33 Ukrainian drones"). */
export function weaponOwner(ctx: SentenceContext, m: Mention): boolean {
  if (m.source !== 'demonym' || m.possessive) return false;
  const next = ctx.sentence.tokens[m.last + 1];
  return Boolean(next && (ctx.lex.items.words.has(next.key) || /^(aerial|naval|combat|attack|guided|ballistic|cruise)$/.test(next.key)));
}

const TARGET_NOUNS = /^(territory|territories|positions|position|forces|troops|soldiers|cities|city|towns|town|villages|regions|region|soil|border|lines|bases|base|infrastructure|military|army|navy|units|targets|ports|port|airfields|airfield|airspace|installations|facilities|refineries|depots|grid)$/;

/** An attacked demonym names a place or force ("struck Russian positions"), not any Russian thing ("Russian oil tankers"). */
export function notAttackTarget(ctx: SentenceContext, m: Mention): boolean {
  if (weaponOwner(ctx, m)) return true;
  if (m.source !== 'demonym' || m.possessive) return false;
  const tokens = ctx.sentence.tokens;
  for (let i = m.last + 1; i <= Math.min(tokens.length - 1, m.last + 3); i++) {
    if (TARGET_NOUNS.test(tokens[i]!.key)) return false;
    if (!tokens[i]!.tags.has('Adjective') && !tokens[i]!.tags.has('Noun')) return false;
  }
  return tokens[m.last + 1]?.tags.has('Noun') ?? false;
}

