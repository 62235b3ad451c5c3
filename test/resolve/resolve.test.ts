// Ids and cross-article resolution.
import { extractArticle, toEvalDocument } from '../../src/extract/index.js';
import { entityId, relationId, resolveCorpus } from '../../src/resolve/index.js';
import { article } from '../extract/helpers.js';

describe('ids', () => {
  test.each<[Parameters<typeof entityId>, string]>([
    [['Country', 'North Korea'], 'country:north-korea'],
    [['Person', 'António Guterres'], 'person:antonio-guterres'],
    [['Organization', 'U.S. Central Command'], 'organization:u-s-central-command'],
  ])('entityId(%j) = %s', (args, expected) => expect(entityId(...args)).toBe(expected));

  test('symmetric relation ids do not depend on direction', () => {
    expect(relationId('MEETS', 'person:b', 'person:a')).toBe(relationId('MEETS', 'person:a', 'person:b'));
    expect(relationId('ATTACKS', 'country:b', 'country:a')).not.toBe(relationId('ATTACKS', 'country:a', 'country:b'));
  });
});

describe('resolveCorpus', () => {
  test('a surname in one article becomes the full-name person of another', () => {
    const a = extractArticle(article('Finnish President Alexander Stubb arrived in Kyiv.', 0));
    const b = extractArticle(article('Officials said Stubb, who spoke briefly, left Kyiv.', 1));
    const [ra, rb] = resolveCorpus([a, b]);
    const idsA = ra!.entities.filter((e) => e.label === 'Person').map((e) => e.id);
    const idsB = rb!.entities.filter((e) => e.label === 'Person').map((e) => e.id);
    expect(idsA).toEqual(['person:alexander-stubb']);
    expect(idsB).toEqual(['person:alexander-stubb']);
    for (const r of rb!.relations) expect(r.source === 'person:stubb' || r.target === 'person:stubb').toBe(false);
  });

  test('eval format: names, not ids; events with participant names', () => {
    const g = extractArticle(article('Turkey brokered a prisoner exchange between Russia and Ukraine.'));
    const doc = toEvalDocument('x.txt', resolveCorpus([g]));
    const ev = doc.entities.find((e) => e.type === 'Event')!;
    expect(ev.participants).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    expect(doc.relations.some((r) => r.source === 'Turkey' && r.type === 'MEDIATES' && r.target === ev.name)).toBe(true);
  });
});

describe('resolveCorpus events', () => {
  test('the same war in two articles is one node', () => {
    const a = extractArticle(article('Russia’s invasion of Ukraine entered its third year.', 0));
    const b = extractArticle(article('The war against Ukraine continued as Russia pressed on.', 1));
    const wars = resolveCorpus([a, b]).flatMap((g) => g.entities.filter((e) => e.eventType === 'War').map((e) => e.id));
    expect(new Set(wars).size).toBe(1);
  });
});
