// Endpoint labels and prepositions of each cue-driven relation type (docs/ONTOLOGY.md).
import { entityId } from '../../resolve/ids.js';
import type { Mention, NamedLabel } from '../entities/mention.js';
import type { SentenceContext } from '../context.js';
import type { CueSpec } from './cue-rule.js';
import { fightingForces, isTroopWord } from './deploys-to.js';
import { itemsNear } from './supplies.js';
import { notAttackObject, weaponOwner } from './targets.js';

const set = (...l: NamedLabel[]) => new Set<NamedLabel>(l);
const STATE = set('Country', 'Organization');
const ACTORS = set('Person', 'Country', 'Organization');
const ANY = set('Person', 'Country', 'Organization', 'Place');
const WHERE = set('Country', 'Place');

const DEPLOY_VERBS = new Set(['deploy', 'deploys', 'deployed', 'deploying', 'redeploy', 'redeployed', 'station', 'stationed']);

function troopsNear(ctx: SentenceContext, first: number, last: number): boolean {
  const t = ctx.sentence.tokens;
  // "deploy long-range weapons" is not a deployment of forces
  if (t.slice(last + 1, last + 5).some((x) => ctx.lex.items.words.has(x.key))) return false;
  if (DEPLOY_VERBS.has(t[first]!.key)) return true;
  if (isTroopWord(ctx, t[first]!.key)) return !fightingForces(ctx, first);
  for (let i = Math.max(0, first - 6); i < Math.min(t.length, last + 6); i++) if (isTroopWord(ctx, t[i]!.key) && !fightingForces(ctx, i) && !ctx.lex.notDeployed.has(t[i - 1]?.key ?? '') && !ctx.lex.notDeployed.has(t[i - 2]?.key ?? '')) return true;
  return false;
}

/** A capital visited or met in stands for its state ("his visit to Kyiv"). */
function capitalAsState(ctx: SentenceContext, m: Mention): Mention | undefined {
  if (m.label !== 'Place') return m;
  if (m.kind === 'city' && m.country) {
    const key = entityId('Country', m.country);
    if (ctx.entities.has(key)) return { ...m, label: 'Country', key, name: m.country };
  }
  return undefined;
}

export const CUE_SPECS: CueSpec[] = [
  {
    type: 'ATTACKS', source: STATE, target: WHERE,
    nounPreps: new Set(['on', 'against', 'into', 'of', 'in', 'at']),
    rejectTarget: notAttackObject,
  },
  {
    type: 'DEPLOYS_TO', source: STATE, target: WHERE,
    verbPreps: new Set(['to', 'into', 'in', 'toward', 'towards']),
    nounPreps: new Set(['to', 'into', 'in', 'toward', 'towards']),
    requires: troopsNear,
  },
  {
    type: 'SUPPLIES', source: STATE, target: STATE,
    verbPreps: new Set(['to', 'for', 'with']),
    nounPreps: new Set(['to', 'for']),
    // materiel named near the cue, or a verb that means giving arms ("denied arming Moscow")
    requires: (ctx, f, l) => itemsNear(ctx, f, l).length > 0 || /^(arm|arms|arming|rearm|rearming)$/.test(ctx.sentence.tokens[f]!.key),
    extra: (ctx, f, l) => ({ items: itemsNear(ctx, f, l) }),
    rejectTarget: weaponOwner,
  },
  {
    type: 'MEETS', source: ACTORS, target: ACTORS,
    verbPreps: new Set(['with', 'to', 'in']),
    nounPreps: new Set(['with', 'to', 'between']),
    mapTarget: capitalAsState,
    symmetricSubject: true,
  },
  // a city, region or sea is opposed only as the scene of an act ("condemned the Kharkiv attack"): the act's author is
  // the one opposed (events/collector.ts); a continent or bloc-like region ("Europe") can be a party
  { type: 'OPPOSES', source: ANY, target: ANY, rejectTarget: (_ctx, m) => m.label === 'Place' && !/^(continent|subregion)$/.test(m.kind ?? ''), wholeObject: /^(condemn|denounce|criticiz|criticis|accus|blam|sanction|designat|blacklist|penali|slam)/, nounPreps: new Set(['to', 'against', 'on', 'over', 'about', 'of', 'toward', 'towards']) },
  { type: 'SUPPORTS', source: ANY, target: ACTORS, nounPreps: new Set(['for', 'to', 'of']), rejectTarget: weaponOwner },
];
