// A readable name for an event: "Russia–Ukraine prisoner exchange", "attack by Russia on Kyiv".
import type { EventDraft } from './collector.js';

const NOUN: Record<string, string> = {
  Meeting: 'meeting', Attack: 'attack', Deployment: 'deployment', PrisonerExchange: 'prisoner exchange',
  AidPackage: 'aid package', Election: 'election', Statement: 'statement', War: 'war', Other: 'event',
};

export function eventName(d: EventDraft): string {
  const names = (role?: string) => [...d.participants].filter(([, r]) => !role || r === role).map(([id]) => d.names.get(id) ?? id);
  const where = d.placeName ? ` in ${d.placeName}` : '';
  const trigger = d.type === 'Other' ? d.triggers[0] ?? 'event' : NOUN[d.type]!;
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
    case 'War':
      return `${names().join('–')} war`.trim();
    default:
      return `${names().join('–')} ${trigger}${where}`.trim();
  }
}
