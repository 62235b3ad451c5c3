// A readable name for an event: "Russia–Ukraine prisoner exchange", "attack by Russia on Kyiv".
import type { EventDraft } from './collector.js';

const NOUN: Record<string, string> = {
  Meeting: 'meeting', Attack: 'attack', Deployment: 'deployment', PrisonerExchange: 'prisoner exchange',
  AidPackage: 'aid package', Election: 'election', Statement: 'statement', War: 'war', Other: 'event',
};

/** The kind of an `Other` happening, from its trigger: "sanctioned" and "sanctions" are one kind, "treaty" and "pact" another. */
export function family(trigger: string): string {
  const t = trigger.toLowerCase();
  if (/sanction|designat|blacklist/.test(t)) return 'sanctions';
  if (/agreement|pact|treaty|accord|deal/.test(t)) return 'agreement';
  if (/drill|exercise/.test(t)) return 'drills';
  if (/shipment|deliver|transfer|shipped/.test(t)) return 'shipment';
  if (/train/.test(t)) return 'training';
  if (/captur/.test(t)) return 'capture';
  if (/cancel/.test(t)) return 'cancellation';
  if (/veto/.test(t)) return 'veto';
  return t;
}

/**
 * The main parties of an event, as a headline names them: its people when it has two or more ("Lavrov–Wang Yi
 * meeting"), else its states and bodies ("Russia–Ukraine prisoner exchange"), never a mix of a person and the state
 * he stands for; at most three.
 */
function mainParties(d: EventDraft): string[] {
  const ids = [...d.participants.keys()];
  const people = ids.filter((id) => id.startsWith('person:'));
  const states = ids.filter((id) => !id.startsWith('person:'));
  const group = people.length >= 2 || !states.length ? people : states.length >= 2 || !people.length ? states : ids;
  return group.slice(0, 3).map((id) => d.names.get(id) ?? id);
}

export function eventName(d: EventDraft): string {
  const names = (role?: string) => [...d.participants].filter(([, r]) => !role || r === role).map(([id]) => d.names.get(id) ?? id);
  const where = d.placeName ? ` in ${d.placeName}` : '';
  const kind = d.type === 'Other' ? family(d.triggers[0] ?? 'event') : '';
  const trigger = d.type === 'Other' ? (kind === 'sanctions' || kind === 'shipment' ? `${kind.replace(/t$/, 'ts')}` : d.triggers[0] ?? 'event') : NOUN[d.type]!;
  switch (d.type) {
    case 'Attack': {
      const by = names('attacker');
      const on = names('target');
      return `${by.length ? `${by.join(' and ')} ` : ''}attack${on.length ? ` on ${on.join(' and ')}` : ''}${where}`.replace(/^a/, 'A');
    }
    case 'Statement':
      return `Statement by ${names('speaker').join(' and ') || names().join(' and ')}${names('target').length ? ` on ${names('target').join(' and ')}` : ''}`;
    case 'Deployment':
      return `${names('participant').join(' and ')} deployment${names('host').length ? ` to ${names('host').join(' and ')}` : ''}${where}`;
    case 'War': {
      const sides = [...names('attacker'), ...names('target')];
      return `${(sides.length ? sides : mainParties(d)).slice(0, 3).join('–')} war`.trim();
    }
    default:
      return `${mainParties(d).join('–')} ${trigger}${where}`.trim();
  }
}
