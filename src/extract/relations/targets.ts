// Demonyms that modify a noun are not always the target of an act: "destroyed 33 Ukrainian drones"
// names the drones' owner, "sanctions targeting Russian oil tankers" is not an attack on Russia.
import type { Mention } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';

const MADE = /^(made|built|supplied|provided|donated|delivered|designed|produced|manufactured|developed|funded)$/;

/**
 * "Iranian-made drones", "U.S.-supplied weapons": a state glued by a hyphen to a participle of making or supplying,
 * with materiel right after; the index of the first materiel word, else -1.
 */
export function makerOfItems(ctx: SentenceContext, m: Mention): number {
  const t = ctx.sentence.tokens;
  if (m.label !== 'Country' && m.label !== 'Organization') return -1;
  if (!t[m.last]!.post.includes('-') || !MADE.test(t[m.last + 1]?.key ?? '')) return -1;
  for (let i = m.last + 2; i <= Math.min(t.length - 1, m.last + 5); i++) {
    if (ctx.lex.items.words.has(t[i]!.key)) return i;
    if (/[,;:]/.test(t[i - 1]!.post)) break;
  }
  return -1;
}

/** A demonym that modifies a weapon is its owner, not a target ("destroyed 33 Ukrainian drones"). */
export function weaponOwner(ctx: SentenceContext, m: Mention): boolean {
  if (makerOfItems(ctx, m) >= 0) return true;
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


/** Words that put their object on the subject's side: "fighting alongside Russian troops", "together with Belarus". */
const ALLY_PREPS = /^(alongside|beside|besides)$/;
const FIGHT_VERB = /^(fight|fights|fighting|fought|battle|battles|battling|battled|serve|serves|serving|served)$/;

/** The mention is the ally of a fight, not its target: "fought beside X", "fight (together|side by side) with X", "on the side of X". */
export function allyObject(ctx: SentenceContext, m: Mention): boolean {
  const t = ctx.sentence.tokens;
  let p = m.first - 1;
  while (p >= 0 && /^(the|a|an|his|her|its|their|our)$/.test(t[p]!.key)) p--;
  const k = (i: number) => t[i]?.key ?? '';
  if (ALLY_PREPS.test(k(p))) return true;
  if (k(p) === 'with') {
    if (/^(together|along|side|alongside|hand|shoulder)$/.test(k(p - 1))) return true; // "together with", "side by side with", "shoulder to shoulder with"
    if (FIGHT_VERB.test(k(p - 1))) return true; // "fight with X" is ambiguous: never read as an attack
  }
  // "on the side of X", "on X's side"
  if (k(p) === 'of' && k(p - 1) === 'side' && /^(on|the)$/.test(k(p - 2))) return true;
  if (m.possessive && k(m.last + 1) === 'side') return true;
  return false;
}

/** Water bodies are no state's territory: "a missile fired into the Sea of Japan" attacks nobody. */
export function isWaterBody(m: Mention): boolean {
  return m.label === 'Place' && (/^(sea|ocean|gulf|strait|river|bay|lake)$/.test(m.kind ?? '') || /\b(Sea|Ocean|Gulf|Strait|Bay|Waters)\b/.test(m.name));
}

/** Not what an attack cue names as its target. */
export function notAttackObject(ctx: SentenceContext, m: Mention): boolean {
  return notAttackTarget(ctx, m) || allyObject(ctx, m) || isWaterBody(m);
}
