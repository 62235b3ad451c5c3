// Events: type from triggers, participants, place, figures with their claimants, mediators.
import { extractArticle } from '../../src/extract/index.js';
import { article } from './helpers.js';

describe('events', () => {
  test('a mediated prisoner exchange', () => {
    const g = extractArticle(article('Turkey brokered a prisoner exchange between Russia and Ukraine, freeing 90 prisoners.'));
    const ev = g.entities.find((e) => e.label === 'Event')!;
    expect(ev.eventType).toBe('PrisonerExchange');
    expect(ev.participants).toEqual(expect.arrayContaining(['country:russia', 'country:ukraine']));
    expect(ev.figures?.map((f) => [f.value, f.unit])).toEqual([[90, 'prisoners']]);
    expect(g.relations.some((r) => r.type === 'MEDIATES' && r.source === 'country:turkey' && r.target === ev.id)).toBe(true);
  });

  test('an attack with its place; figures keep their claimant', () => {
    const g = extractArticle(article('Russian drones struck Odesa overnight, Ukraine said, adding that 40 drones were launched.'));
    const ev = g.entities.find((e) => e.eventType === 'Attack')!;
    expect(ev.participants).toContain('country:russia');
    expect(g.relations.some((r) => r.type === 'OCCURRED_IN' || (r.type === 'ATTACKS' && r.target === 'place:odesa'))).toBe(true);
    expect(ev.figures?.[0]).toMatchObject({ value: 40, unit: 'drones', attributedTo: 'country:ukraine' });
  });

  test('conflicting figures stay side by side', () => {
    const g = extractArticle(article('The Pentagon said 10,000 North Korean troops were deployed. Ukraine said 12,000 North Korean troops were deployed.'));
    const figures = g.entities.flatMap((e) => e.figures ?? []);
    const pentagon = g.entities.find((e) => e.name === 'Pentagon' || e.aliases.includes('Pentagon'))!;
    expect(figures.map((f) => [f.value, f.attributedTo])).toEqual(expect.arrayContaining([[10000, pentagon.id], [12000, 'country:ukraine']]));
  });
});
