// Relations derived from finished events: rules over the article's events, run after every sentence is
// read (so an event reported over several sentences is one event with all its parties). Each returns
// candidates; the merge step gives them their confidence.
import { EVENT_TYPES } from '../../graph/ontology.js';
import type { Candidate, EventRule, EventRuleContext } from '../rules/types.js';
import type { At } from './collector.js';

const from = (at: At) => ({ sentence: at.sentence, claim: at.claim, irrealis: at.irrealis, cue: at.cue });

const participants: EventRule = {
  id: 'event-participants', stage: 'event', emits: ['PARTICIPATES_IN'],
  description: 'Every party of an event takes part in it, with its role (attacker, target, host, speaker, donor, …).',
  patterns: EVENT_TYPES.map((t) => `event-${t.toLowerCase()}`),
  run: ({ events }) => events.flatMap(({ id, draft: d, first }) =>
    [...d.participants].map(([p, role]): Candidate => ({ type: 'PARTICIPATES_IN', source: p, target: id, role, rule: `event-${d.type.toLowerCase()}`, ...from(first) }))),
};

const mediates: EventRule = {
  id: 'mediates-event', stage: 'event', emits: ['MEDIATES', 'PARTICIPATES_IN'],
  description: 'Who brokers, facilitates or hosts an event mediates it (and takes part in it as host).',
  run: ({ events }) => events.flatMap(({ id, draft: d, first, last }) => [...d.mediators].flatMap((m): Candidate[] => [
    { type: 'MEDIATES', source: m, target: id, rule: 'mediates-event', sentence: last.sentence, claim: first.claim },
    ...(d.participants.has(m) ? [] : [{ type: 'PARTICIPATES_IN' as const, source: m, target: id, role: 'host', rule: 'mediates-event', ...from(first) }]),
  ])),
};

const place: EventRule = {
  id: 'event-place', stage: 'event', emits: ['OCCURRED_IN'],
  description: 'An event occurred at the places the text puts it: after a locative preposition ("talks in Kazan"), as the place an attack hit, as the host of a deployment.',
  patterns: ['event-place-locative', 'event-place-target', 'event-place-host'],
  run: ({ events }) => events.flatMap(({ id, draft: d, first }) =>
    [...new Set([...(d.place ? [d.place] : []), ...d.places])].map((p): Candidate => ({
      type: 'OCCURRED_IN', source: id, target: p, rule: `event-place-${d.placeOrigin.get(p) ?? 'locative'}`, ...from(first),
    }))),
};

const attack: EventRule = {
  id: 'attack-event', stage: 'event', emits: ['ATTACKS'],
  description: 'The attacker of an attack or war attacks its target.',
  run: ({ events }) => events.filter((e) => e.draft.type === 'Attack' || e.draft.type === 'War').flatMap(({ draft: d, first }) =>
    [...d.participants].filter(([, r]) => r === 'attacker').flatMap(([a]) => [...d.participants].filter(([t, r]) => r === 'target' && t !== a)
      .map(([t]): Candidate => ({ type: 'ATTACKS', source: a, target: t, rule: 'attack-event', ...from(first) })))),
};

const attackPlace: EventRule = {
  id: 'attack-event-place', stage: 'event', emits: ['ATTACKS'],
  description: 'The attacker of an attack attacks each place it hit, read in the sentence naming the place.',
  run: ({ events }) => events.filter((e) => e.draft.type === 'Attack').flatMap(({ draft: d }) =>
    d.hits.flatMap(({ place: p, at, attackers }) => attackers.map((a): Candidate => ({ type: 'ATTACKS', source: a, target: p, rule: 'attack-event-place', ...from(at) })))),
};

const opposesAct: EventRule = {
  id: 'opposes-act', stage: 'event', emits: ['OPPOSES'],
  description: '"X condemned the attack": X opposes the author of the act the sentence refers to.',
  run: ({ events }) => events.flatMap(({ draft: d }) => d.opposedBy.flatMap(({ subjects, authorRole, at }) => {
    const authors = [...d.participants].filter(([, r]) => r === authorRole).map(([p]) => p);
    return subjects.flatMap((s) => authors.filter((a) => a !== s).map((a): Candidate => ({ type: 'OPPOSES', source: s, target: a, rule: 'opposes-act', sentence: at.sentence, claim: at.claim })));
  })),
};

const aid: EventRule = {
  id: 'aid-package', stage: 'event', emits: ['SUPPORTS', 'SUPPLIES'],
  description: 'The donor of an aid package supports its recipient, and supplies it when the package is materiel.',
  run: ({ events }) => events.filter((e) => e.draft.type === 'AidPackage').flatMap(({ draft: d, first }) => {
    const materiel = d.triggers.some((t) => /arms|weapons|military|security/.test(t));
    const out: Candidate[] = [];
    for (const [a, ra] of d.participants) for (const [b, rb] of d.participants) {
      if (ra !== 'donor' || rb !== 'recipient' || a === b) continue;
      out.push({ type: 'SUPPORTS', source: a, target: b, rule: 'aid-package', ...from(first) });
      if (materiel && !a.startsWith('person:') && !b.startsWith('person:')) out.push({ type: 'SUPPLIES', source: a, target: b, rule: 'aid-package', ...from(first) });
    }
    return out;
  }),
};

function meetings({ events, relations }: EventRuleContext): Candidate[] {
  const has = (type: string, a: string, b: string) => relations.some((r) => r.type === type && r.source === a && r.target === b);
  const represents = (a: string, b: string) => ['LEADS', 'MEMBER_OF'].some((t) => has(t, a, b) || has(t, b, a));
  // the state each person serves (LEADS or MEMBER_OF a country), to tell delegations apart
  const stateOf = (p: string) => relations.filter((r) => r.source === p && (r.type === 'LEADS' || r.type === 'MEMBER_OF') && r.target.startsWith('country:')).map((r) => r.target);
  const out: Candidate[] = [];
  for (const { draft: d, first } of events) {
    if (d.type !== 'Meeting') continue;
    const ids = [...d.participants.keys()];
    const states = new Map(ids.filter((p) => p.startsWith('person:')).map((p) => [p, stateOf(p)]));
    const sides = [...new Set([...states.values()].flat())];
    const twoSides = [...d.participants.values()].includes('counterpart');
    const sameSide = (a: string, b: string) => (states.get(a) ?? []).some((x) => (states.get(b) ?? []).includes(x));
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        // people who met; states and bodies only meet through explicit wording (the cue rules)
        if (represents(a, b) || !a.startsWith('person:') || !b.startsWith('person:')) continue;
        // two members of one delegation ("Rubio and Waltz sat across from Lavrov") do not meet each other
        if (sides.length >= 2 && sameSide(a, b)) continue;
        const [ra, rb] = [d.participants.get(a), d.participants.get(b)];
        // hosts do not meet their guests; when the text gives two sides, only people across them meet
        if (ra === 'host' || rb === 'host' || (twoSides && ra === rb)) continue;
        out.push({ type: 'MEETS', source: a, target: b, rule: 'meeting-event', ...from(first) });
      }
  }
  return out;
}

const meets: EventRule = {
  id: 'meeting-event', stage: 'event', emits: ['MEETS'],
  description: 'The people at a meeting meet one another (not members of one delegation, not hosts and guests).',
  run: meetings,
};

export const EVENT_RULES: EventRule[] = [participants, mediates, place, attack, attackPlace, opposesAct, aid, meets];
