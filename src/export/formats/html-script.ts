// The HTML report's own script (inlined, no dependencies): pan and zoom of the pre-rendered SVG,
// neighbourhood highlight on hover, details with quoted evidence on click, search, relation-type
// filter. Report data comes from the embedded JSON; every text is set with textContent.
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var svg = document.querySelector('#graph svg');
  var viewport = svg.querySelector('.viewport');
  var panel = document.getElementById('details');
  var nodes = {}, edges = {}, incident = {};
  data.nodes.forEach(function (n) { nodes[n.id] = n; incident[n.id] = []; });
  data.edges.forEach(function (e) { edges[e.id] = e; incident[e.source].push(e.id); incident[e.target].push(e.id); });
  var nodeEls = {}, edgeEls = {};
  svg.querySelectorAll('.node').forEach(function (el) { nodeEls[el.getAttribute('data-node')] = el; });
  svg.querySelectorAll('.edge').forEach(function (el) { edgeEls[el.getAttribute('data-edge')] = el; });

  // --- pan & zoom -------------------------------------------------------------------------------
  var view = { x: 0, y: 0, k: 1 };
  function apply() { viewport.setAttribute('transform', 'translate(' + view.x + ',' + view.y + ') scale(' + view.k + ')'); }
  function svgPoint(evt) {
    var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
    return { x: (evt.clientX - r.left) * vb.width / r.width, y: (evt.clientY - r.top) * vb.height / r.height };
  }
  svg.addEventListener('wheel', function (evt) {
    evt.preventDefault();
    var p = svgPoint(evt), f = evt.deltaY < 0 ? 1.2 : 1 / 1.2, k = Math.min(8, Math.max(0.25, view.k * f));
    view.x = p.x - (p.x - view.x) * k / view.k; view.y = p.y - (p.y - view.y) * k / view.k; view.k = k; apply();
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (evt) {
    if (evt.target.closest('.node, .edge')) return;
    drag = { p: svgPoint(evt), x: view.x, y: view.y }; svg.setPointerCapture(evt.pointerId);
  });
  svg.addEventListener('pointermove', function (evt) {
    if (!drag) return; var p = svgPoint(evt);
    view.x = drag.x + p.x - drag.p.x; view.y = drag.y + p.y - drag.p.y; apply();
  });
  svg.addEventListener('pointerup', function () { drag = null; });
  document.getElementById('reset-view').addEventListener('click', function () { view = { x: 0, y: 0, k: 1 }; apply(); });

  // --- highlight ----------------------------------------------------------------------------------
  function highlight(nodeId) {
    svg.classList.toggle('dimmed', !!nodeId);
    Object.keys(nodeEls).forEach(function (id) { nodeEls[id].classList.remove('hl'); });
    Object.keys(edgeEls).forEach(function (id) { edgeEls[id].classList.remove('hl'); });
    if (!nodeId) return;
    nodeEls[nodeId].classList.add('hl');
    incident[nodeId].forEach(function (eid) {
      var e = edges[eid]; edgeEls[eid].classList.add('hl');
      nodeEls[e.source].classList.add('hl'); nodeEls[e.target].classList.add('hl');
    });
  }
  Object.keys(nodeEls).forEach(function (id) {
    nodeEls[id].addEventListener('mouseenter', function () { highlight(id); });
    nodeEls[id].addEventListener('mouseleave', function () { highlight(selected); });
    nodeEls[id].addEventListener('click', function () { showNode(id); });
  });
  Object.keys(edgeEls).forEach(function (id) {
    edgeEls[id].addEventListener('click', function () { showEdge(id); });
  });

  // --- details panel ------------------------------------------------------------------------------
  var selected = null;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function clear() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
  function edgeLine(e) {
    return nodes[e.source].name + ' ' + e.type + (e.symmetric ? ' \\u2194 ' : ' \\u2192 ') + nodes[e.target].name;
  }
  function showNode(id) {
    selected = id; highlight(id); clear();
    var n = nodes[id];
    panel.appendChild(el('h3', n.name));
    panel.appendChild(el('p', n.type + ' \\u00b7 ' + n.mentions + ' mention(s)' + (n.details ? ' \\u00b7 ' + n.details : '')));
    if (n.aliases.length) panel.appendChild(el('p', 'Also written: ' + n.aliases.join(', '), 'muted'));
    var list = el('ul');
    incident[id].forEach(function (eid) {
      var li = el('li'), a = el('a', edgeLine(edges[eid]) + ' (' + edges[eid].count + ')');
      a.href = '#'; a.addEventListener('click', function (evt) { evt.preventDefault(); showEdge(eid); });
      li.appendChild(a); list.appendChild(li);
    });
    panel.appendChild(el('h4', incident[id].length + ' relation(s)'));
    panel.appendChild(list);
  }
  function showEdge(id) {
    var e = edges[id]; selected = null; highlight(null); clear();
    edgeEls[id].classList.add('hl'); svg.classList.add('dimmed');
    nodeEls[e.source].classList.add('hl'); nodeEls[e.target].classList.add('hl');
    panel.appendChild(el('h3', edgeLine(e)));
    panel.appendChild(el('p', e.count + ' evidence \\u00b7 confidence ' + e.confidence.toFixed(2) + (e.details ? ' \\u00b7 ' + e.details : '')));
    e.quotes.forEach(function (q) {
      var bq = el('blockquote'); bq.appendChild(el('p', q.sentence));
      bq.appendChild(el('footer', q.citation + ' \\u00b7 ' + (q.claimant ? 'claimed by ' + q.claimant : 'no claimant named') + (q.flags ? ' \\u00b7 ' + q.flags : '')));
      panel.appendChild(bq);
    });
    var more = el('a', 'Relation #' + e.n + ' in the tables below'); more.href = '#rel-' + e.n; panel.appendChild(more);
  }

  // --- search & filter ------------------------------------------------------------------------------
  var search = document.getElementById('search');
  function matches(q) {
    q = q.trim().toLowerCase(); if (!q) return [];
    return data.nodes.filter(function (n) {
      return n.name.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
  }
  search.addEventListener('input', function () {
    var found = matches(search.value);
    Object.keys(nodeEls).forEach(function (id) { nodeEls[id].classList.toggle('match', found.indexOf(id) >= 0); });
  });
  search.addEventListener('keydown', function (evt) {
    if (evt.key !== 'Enter') return; var found = matches(search.value); if (found.length) showNode(found[0]);
  });
  document.querySelectorAll('#type-filter input').forEach(function (box) {
    box.addEventListener('change', function () {
      var type = box.value;
      Object.keys(edgeEls).forEach(function (id) { if (edges[id].type === type) edgeEls[id].classList.toggle('hidden', !box.checked); });
    });
  });
})();
`;
