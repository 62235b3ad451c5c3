// DEPLOYS_TO beyond the verbs: "North Korean troops in Russia", "the presence of North Korean
// forces in Kursk", "deployment of 10,000 troops to Russia".
import type { Mention } from '../entities/mention.js';
import { entityId } from '../../resolve/ids.js';
import type { SentenceContext } from '../context.js';
import { isIrrealis, mentionEndingAt, mentionStartingAt } from './arguments.js';

const OPERATION = /^(operation|operations|offensive|offensives|invasion|assault|assaults|incursion)$/;
const COMBAT = /^(fired|launched|shelled|struck|attacked|bombed|dropped|targeted|used|killed)$/;
const TO = new Set(['in', 'into', 'to', 'toward', 'towards', 'inside']);
const GAP_WORDS = /^(the|of|a|an|about|around|some|up|to|as|many|more|than|approximately|nearly|over|estimated|additional|thousands|hundreds|elite|special|\d[\d,.]*)$/;

/**
 * Forces at the troop word `i` that fight where they are: "Russia's special military operation in Ukraine",
 * "shells fired by Russian forces in Ukraine". An attack, not a deployment to a host.
 */
export function fightingForces(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.sentence.tokens;
  if (OPERATION.test(tokens[i + 1]?.key ?? '')) return true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (tokens[k]!.key === 'by') return COMBAT.test(tokens[k - 1]?.key ?? '');
    if (/[,;:]/.test(tokens[k]!.post)) return false;
  }
  return false;
}

/** Is the token a troop word ("troops", "forces")? */
export const isTroopWord = (ctx: SentenceContext, key: string) => ctx.lex.troops.has(key) || ctx.lex.forceNouns.has(key);

function target(ctx: SentenceContext, from: number): Mention | undefined {
  const tokens = ctx.sentence.tokens;
  // within a short window: "troops are already in Russia", "troops have been sent to Kursk"
  for (let i = from; i < Math.min(tokens.length, from + 8); i++) {
    const t = tokens[i]!;
    if (/[;:,]/.test(tokens[i - 1]?.post ?? '') && i > from) return undefined;
    if (!TO.has(t.key)) continue;
    let j = i + 1;
    while (j < tokens.length && /^(the|russian|ukrainian|occupied|western|eastern|southern|northern|front|lines|line)$/.test(tokens[j]!.key) && !mentionStartingAt(ctx, j)) j++;
    const m = mentionStartingAt(ctx, j);
    if (m && (m.label === 'Country' || m.label === 'Place') && !(m.source === 'demonym' && !m.possessive && tokens[m.last + 1]?.tags.has('Noun'))) return m;
    if (tokens[j]?.key === 'the') continue;
  }
  return undefined;
}

export function troopsIn(ctx: SentenceContext): void {
  const tokens = ctx.sentence.tokens;
  for (const m of ctx.mentions) {
    if (m.label !== 'Country' && m.label !== 'Organization') continue;
    if (m.source !== 'demonym' && !m.possessive) continue;
    // "North Korean troops", "North Korea's 10,000 soldiers"
    let i = m.last + 1;
    while (i < tokens.length && i - m.last <= 4 && GAP_WORDS.test(tokens[i]!.key)) i++;
    if (!isTroopWord(ctx, tokens[i]?.key ?? '')) continue;
    // "the released Russian soldiers", "captured North Korean troops": prisoners, not forces sent anywhere
    if (tokens.slice(Math.max(0, m.first - 2), i).some((x) => ctx.lex.notDeployed.has(x.key))) continue;
    if (/[,;:]/.test(tokens[i]!.post)) continue;
    const t = target(ctx, i + 1);
    // "Russian troops in Kursk": a state's forces on its own soil were not sent anywhere
    if (!t || t.key === m.key || (t.label === 'Place' && t.country && entityId('Country', t.country) === m.key)) continue;
    // "Russia's special military operation in Ukraine", "shells fired by Russian forces in Ukraine": forces
    // fighting there attack it; they were not sent to a host
    if (fightingForces(ctx, i) && t.label === 'Country') {
      ctx.out.add({ type: 'ATTACKS', source: m.key!, target: t.key!, rule: 'attacks-forces-in', sentence: ctx.sentence, claim: ctx.claim });
      continue;
    }
    // "troops are training to fight in Ukraine", "could be sent to Kursk": not (yet) there
    let irrealis = false;
    for (let k = i + 1; k < t.first && !irrealis; k++) if (tokens[k]!.tags.has('Verb')) irrealis = isIrrealis(ctx, k);
    ctx.out.add({ type: 'DEPLOYS_TO', source: m.key!, target: t.key!, rule: 'deploys-to-troops-in', sentence: ctx.sentence, claim: ctx.claim, irrealis });
  }
  // "the deployment of North Korean troops to Russia": covered above through the demonym
  void mentionEndingAt;
}
