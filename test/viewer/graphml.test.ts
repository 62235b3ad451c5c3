import { MultiDirectedGraph } from 'graphology';
import { writeGraphml } from '../../viewer/src/graphml.js';

test('GraphML: typed keys, lists joined, text escaped', () => {
  const g = new MultiDirectedGraph();
  g.addNode('a', { name: 'Kim <"Jong-un"> & co', mentions: 3, aliases: ['Kim', 'Kim Jong Un'], focus: true });
  g.addNode('b', { name: 'Russia', mentions: 10.5 });
  g.addDirectedEdgeWithKey('e1', 'a', 'b', { type: 'MEETS', confidence: 0.8 });
  const xml = writeGraphml(g);
  expect(xml).toContain('<key id="n0" for="node" attr.name="name" attr.type="string"/>');
  expect(xml).toContain('attr.name="mentions" attr.type="double"');
  expect(xml).toContain('attr.name="focus" attr.type="boolean"');
  expect(xml).toContain('Kim &lt;&quot;Jong-un&quot;&gt; &amp; co');
  expect(xml).toContain('>Kim | Kim Jong Un<');
  expect(xml).toContain('<edge id="e1" source="a" target="b">');
  expect(xml).not.toMatch(/<[^/?a-z]/);
});
