// Typed relations from sentence structure and cue lexicons, with provenance.
import { extractArticle } from '../../src/extract/index.js';
import type { Relation } from '../../src/graph/types.js';
import { article } from './helpers.js';

const rels = (text: string) =>
  extractArticle(article(text)).relations.filter((r) => r.type !== 'MENTIONED_WITH' && r.type !== 'PARTICIPATES_IN' && r.type !== 'OCCURRED_IN');
const show = (r: Relation) => `${r.source} ${r.type} ${r.target}`;

describe('relations', () => {
  test.each<[string, string]>([
    ['Finnish President Alexander Stubb visited the border.', 'person:alexander-stubb LEADS country:finland'],
    ['Kremlin spokesman Dmitry Peskov declined to comment.', 'person:dmitry-peskov MEMBER_OF country:russia'],
    ['Iran supplied drones and missiles to Russia last year.', 'country:iran SUPPLIES country:russia'],
    ['North Korea sent thousands of troops to Russia.', 'country:north-korea DEPLOYS_TO country:russia'],
    ['Russian forces shelled Kharkiv overnight.', 'country:russia ATTACKS place:kharkiv'],
    ['Odesa was struck by Russia on Sunday.', 'country:russia ATTACKS place:odesa'],
    ['Japan condemned the launch by North Korea.', 'country:japan OPPOSES country:north-korea'],
    ['Germany pledged new support for Ukraine.', 'country:germany SUPPORTS country:ukraine'],
    ['Moscow and Beijing celebrated their strategic partnership.', 'country:china ALLY_OF country:russia'],
    ['Sweden joined NATO after a long wait.', 'country:sweden MEMBER_OF organization:nato'],
    ['The German chancellor met Polish President Andrzej Duda in Berlin.', 'country:germany MEETS person:andrzej-duda'],
    ['Shelling continued in the Russian region of Belgorod.', 'place:belgorod LOCATED_IN country:russia'],
    ['Belarusian volunteers were fighting alongside Russian troops near Bakhmut.', 'country:belarus SUPPORTS country:russia'],
    ['The governments of Sweden and Norway are concerned about Belarus’s actions.', 'country:norway OPPOSES country:belarus'],
    ['Latvia’s envoy, Ilze Berzina, spoke, accusing Belarus of provocations.', 'person:ilze-berzina OPPOSES country:belarus'],
    ['Canada sent rifles to Latvia, while Norway and Denmark have supplied mortar rounds.', 'country:denmark SUPPLIES country:latvia'],
  ])('%s → %s', (text, expected) => {
    expect(rels(text).map(show)).toContain(expected);
  });

  test.each<[string, string]>([
    ['France did not send troops to Ukraine.', 'DEPLOYS_TO'],
    ['Iran sent a delegation to Russia.', 'SUPPLIES'],
  ])('no relation: %s (%s)', (text, type) => {
    expect(rels(text).filter((r) => r.type === type)).toEqual([]);
  });

  test('SUPPLIES keeps its items; evidence points into the original file', () => {
    const prefix = 'HEADER\n';
    const text = 'Iran delivered drones to Russia, according to the Pentagon.';
    const g = extractArticle(article(text, 0, prefix));
    const r = g.relations.find((x) => x.type === 'SUPPLIES')!;
    expect(r.items).toEqual(['drones']);
    const ev = r.evidence[0]!;
    expect((prefix + text).slice(ev.start, ev.end)).toBe(text);
    const pentagon = g.entities.find((e) => e.name === 'Pentagon' || e.aliases.includes('Pentagon'))!;
    expect(ev.attributedTo).toBe(pentagon.id);
    expect(ev.rule).toMatch(/^supplies-/);
  });

  test('hedged and denied claims are flagged', () => {
    const g = extractArticle(article('Moscow denied reports that it had allegedly received drones from Iran.'));
    const ev = g.relations.find((r) => r.type === 'SUPPLIES')!.evidence[0]!;
    expect(ev.denied).toBe(true);
    expect(ev.hedged).toBe(true);
  });

  test('co-occurrence without a typed relation gives MENTIONED_WITH', () => {
    const g = extractArticle(article('Brazil and Kenya were mentioned in the report.'));
    expect(g.relations.map(show)).toContain('country:brazil MENTIONED_WITH country:kenya');
  });
});
