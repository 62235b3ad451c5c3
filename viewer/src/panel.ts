// The side panel: node details (aliases, roles, relations grouped by type, evidence with article
// titles and claimants) and edge details (type, confidence, every evidence sentence). Text only.
import type { ArticleText, EdgeDetails, EvidenceItem, NodeDetails, RelationRow } from '../../src/serve/api-schema.js';
import type { RelationType } from '../../src/graph/ontology.js';
import { byId, clear, fmt, h } from './dom.js';
import { termSpans } from './text.js';
import { LABEL_COLORS, TYPE_COLORS, TYPE_NAMES } from './theme.js';

export interface PanelActions {
  expand(id: string): void;
  hide(id: string): void;
  selectNode(id: string): void;
  selectEdge(id: string, source: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  moreNodeEvidence(id: string, offset: number): Promise<NodeDetails>;
  moreEdgeEvidence(id: string, source: string, offset: number): Promise<EdgeDetails>;
  readArticle(articleId: string, evidenceId: string): void;
  /** Names the viewer knows for an entity (its aliases, when it is loaded): marked in evidence sentences. */
  aliasesOf(id: string): string[];
  back(): void;
  close(): void;
}

/** Claims first (what the user follows), structure and co-occurrence last. */
const TYPE_ORDER: RelationType[] = [
  'DEPLOYS_TO', 'SUPPLIES', 'ATTACKS', 'ALLY_OF', 'SUPPORTS', 'OPPOSES', 'MEETS', 'MEDIATES', 'LEADS', 'MEMBER_OF',
  'PARTICIPATES_IN', 'OCCURRED_IN', 'LOCATED_IN', 'MENTIONED_WITH',
];
const BACKGROUND = new Set<RelationType>(['PARTICIPATES_IN', 'OCCURRED_IN', 'LOCATED_IN', 'MENTIONED_WITH']);

const panel = () => byId('panel');
const body = () => byId('panel-body');

export function openPanel(kicker: string): HTMLElement {
  byId('panel-kicker').textContent = kicker;
  panel().hidden = false;
  clear(body());
  return body();
}

export function closePanel(): void {
  // focus inside the panel would fall to <body>: give it to the canvas, where the keys work
  const hadFocus = panel().contains(document.activeElement);
  panel().hidden = true;
  clear(body());
  if (hadFocus) byId('sigma').focus();
}

export function panelLoading(kicker: string): void {
  openPanel(kicker).append(h('div', { class: 'panel-loading', role: 'status' }, h('div', { class: 'spinner small' }), 'Loading details…'));
}

export function panelError(message: string): void {
  openPanel('Error').append(h('p', { class: 'error' }, message));
}

const chip = (text: string, cls = 'chip') => h('span', { class: cls }, text);
const labelChip = (label: keyof typeof LABEL_COLORS) => h('span', { class: 'label-chip', style: `--c:${LABEL_COLORS[label]}` }, label);
const typeChip = (t: RelationType) => h('span', { class: 'type-chip', style: `--c:${TYPE_COLORS[t]}` }, TYPE_NAMES[t]);

export function renderNode(d: NodeDetails, inGraph: boolean, act: PanelActions): void {
  const n = d.node;
  const root = openPanel('Entity');
  root.append(
    h('div', { class: 'title-row' }, labelChip(n.label), n.eventType ? chip(n.eventType, 'chip muted') : null, n.kind ? chip(n.kind, 'chip muted') : null),
    h('h2', { class: 'panel-title', id: 'panel-title' }, n.name),
    h('p', { class: 'meta' }, `${plural(n.mentions, 'mention')} · ${plural(n.degree, 'relation')}`, n.date ? ` · ${n.date}` : ''),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary small', id: 'panel-expand', onclick: () => act.expand(n.id) }, 'Expand neighbours'),
      h('button', { type: 'button', class: 'small', id: 'panel-hide', onclick: () => act.hide(n.id), disabled: !inGraph }, 'Hide'),
      h('button', { type: 'button', class: 'small ghost', onclick: () => act.pathFrom(n.id, n.name) }, 'Path from'),
      h('button', { type: 'button', class: 'small ghost', onclick: () => act.pathTo(n.id, n.name) }, 'Path to'),
    ),
  );
  const aliases = n.aliases.filter((a) => a !== n.name);
  if (aliases.length) root.append(section('Also written', h('div', { class: 'chips' }, ...aliases.map((a) => chip(a)))));
  if (n.roles?.length) root.append(section('Roles', h('div', { class: 'chips' }, ...n.roles.map((r) => chip(r, 'chip role')))));
  if (d.figures.length) {
    root.append(section(`Figures (${d.figures.length})`, h('ul', { class: 'figures' }, ...d.figures.map((f) => h('li', { title: f.sentence ?? '' },
      h('span', { class: 'figure' }, f.text),
      f.kind && f.kind !== 'other' ? h('span', { class: 'muted fig-kind' }, f.kind) : null,
      f.claimant ? h('span', { class: 'claimant' }, `according to ${f.claimant}`) : h('span', { class: 'muted' }, 'no claimant named'),
      f.article?.title ? h('span', { class: 'muted fig-src' }, [f.article.title, f.article.date].filter(Boolean).join(' · ')) : null)))));
  }

  const groups = Object.entries(d.relations) as Array<[RelationType, RelationRow[]]>;
  groups.sort((a, b) => TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]));
  const rel = h('div', { class: 'groups' });
  for (const [type, rows] of groups) {
    const open = groups.length <= 2 || (!BACKGROUND.has(type) && rows.length <= 12);
    const det = h('details', { class: 'group', open },
      h('summary', {}, typeChip(type), h('span', { class: 'count' }, String(rows.length))));
    const ul = h('ul', { class: 'rel-list' });
    for (const r of rows) {
      ul.append(h('li', {},
        h('button', { type: 'button', class: 'rel', title: 'Show this relation and its evidence', onclick: () => act.selectEdge(r.id, n.id) },
          h('span', { class: 'dir', 'aria-hidden': 'true' }, r.outgoing ? '→' : '←'),
          h('span', { class: 'dot', style: `--c:${LABEL_COLORS[r.other.label]}` }),
          h('span', { class: 'rel-name' }, r.other.name),
          r.role ? h('span', { class: 'rel-extra' }, r.role) : null,
          r.items?.length ? h('span', { class: 'rel-extra' }, r.items.join(', ')) : null,
          h('span', { class: 'conf', title: `confidence ${fmt.conf(r.confidence)} · ${r.count} mention(s)` }, fmt.conf(r.confidence)))));
    }
    det.append(ul);
    rel.append(det);
  }
  root.append(section(`Relations (${fmt.int(d.relationsTotal)})`, groups.length ? rel : h('p', { class: 'muted' }, 'No relation found for this entity.')));

  const evList = h('ol', { class: 'evidence-list', id: 'node-evidence' });
  const terms = [n.name, ...n.aliases];
  appendEvidence(evList, d.evidence, true, act, terms);
  const evSection = section(`Evidence (${fmt.int(d.evidencePage.total)})`, evList);
  addMore(evSection, evList, d.evidencePage, (offset) => act.moreNodeEvidence(n.id, offset).then((x) => ({ items: x.evidence, page: x.evidencePage })), true, act, terms);
  root.append(evSection);

  if (d.articles.length) {
    root.append(section(`Articles (${d.articles.length})`, h('ul', { class: 'articles' },
      ...d.articles.map((a) => h('li', {}, h('span', { class: 'art-title' }, a.title ?? a.id),
        h('span', { class: 'muted' }, [a.source, a.date, `×${a.count}`].filter(Boolean).join(' · ')))))));
  }
}

export function renderEdge(d: EdgeDetails, act: PanelActions): void {
  const e = d.edge;
  const root = openPanel('Relation');
  root.append(
    h('div', { class: 'title-row' }, typeChip(e.type)),
    h('h2', { class: 'panel-title', id: 'panel-title' },
      h('button', { type: 'button', class: 'link', onclick: () => act.selectNode(d.sourceNode.id) }, d.sourceNode.name),
      h('span', { class: 'arrow' }, ` ${TYPE_NAMES[e.type]} `),
      h('button', { type: 'button', class: 'link', onclick: () => act.selectNode(d.targetNode.id) }, d.targetNode.name)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Confidence'), h('dd', {}, h('span', { class: 'bar', style: `--v:${e.confidence}` }), fmt.conf(e.confidence)),
      h('dt', {}, 'Seen'), h('dd', {}, `${plural(e.count, 'time')} in ${plural(e.articles.length, 'article')}`),
      e.role ? h('dt', {}, 'Role') : null, e.role ? h('dd', {}, e.role) : null,
      e.items?.length ? h('dt', {}, 'Items') : null, e.items?.length ? h('dd', {}, e.items.join(', ')) : null,
      e.rules.length ? h('dt', {}, 'Rules') : null, e.rules.length ? h('dd', {}, e.rules.join(', ')) : null,
      e.firstSeen ? h('dt', {}, 'First / last') : null, e.firstSeen ? h('dd', {}, `${e.firstSeen} → ${e.lastSeen ?? e.firstSeen}`) : null,
      e.sources.length ? h('dt', {}, 'Outlets') : null, e.sources.length ? h('dd', {}, e.sources.join(', ')) : null),
  );
  const evList = h('ol', { class: 'evidence-list', id: 'edge-evidence' });
  const terms = [d.sourceNode.name, d.targetNode.name, ...act.aliasesOf(d.sourceNode.id), ...act.aliasesOf(d.targetNode.id)];
  appendEvidence(evList, d.evidence, false, act, terms);
  const evSection = section(`Evidence (${fmt.int(d.evidencePage.total)})`, evList);
  addMore(evSection, evList, d.evidencePage, (offset) => act.moreEdgeEvidence(e.id, e.source, offset).then((x) => ({ items: x.evidence, page: x.evidencePage })), false, act, terms);
  root.append(evSection);
}

/** The article as text (never HTML), the evidence sentence marked and scrolled into view. */
export function renderArticle(d: ArticleText, act: PanelActions): void {
  const root = openPanel('Article');
  const a = d.article;
  const body = h('div', { class: 'article-text', id: 'article-text' });
  if (d.highlight) {
    const mark = h('mark', {}, d.text.slice(d.highlight.start, d.highlight.end));
    body.append(d.text.slice(0, d.highlight.start), mark, d.text.slice(d.highlight.end));
    requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  } else {
    body.append(d.text);
  }
  root.append(
    h('button', { type: 'button', class: 'small ghost back', id: 'panel-back', onclick: () => act.back() }, '← Back'),
    h('h2', { class: 'panel-title', id: 'panel-title' }, a.title ?? a.id),
    h('p', { class: 'meta' }, [a.source, a.date, a.file].filter(Boolean).join(' · ')),
    body,
  );
  if (d.truncated) root.append(h('p', { class: 'muted' }, 'The article is longer: the rest is not shown.'));
}

function plural(n: number, word: string): string {
  return `${fmt.int(n)} ${word}${n === 1 ? '' : 's'}`;
}

function section(title: string, content: Node): HTMLElement {
  return h('section', { class: 'psection' }, h('h3', {}, title), content);
}

/** One entry per sentence: relations read from the same sentence share it (their type chips side by side). */
function appendEvidence(list: HTMLElement, items: EvidenceItem[], showType: boolean, act: PanelActions, terms: string[]): void {
  if (items.length === 0 && list.childElementCount === 0) {
    list.append(h('li', { class: 'muted' }, 'No evidence sentence stored.'));
    return;
  }
  const groups = new Map<string, EvidenceItem[]>();
  for (const ev of items) {
    const key = `${ev.article?.id ?? ''}\u0000${ev.start ?? ''}\u0000${ev.sentence}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(ev);
  }
  for (const group of groups.values()) {
    const ev = group[0]!;
    const types = [...new Set(group.map((g) => g.relType))].filter(isType);
    const claimants = [...new Set(group.map((g) => g.claimant ?? g.attributedTo).filter((c): c is string => Boolean(c)))];
    const best = Math.max(...group.map((g) => g.confidence));
    list.append(h('li', { class: 'evidence' },
      h('blockquote', {}, ...markTerms(ev.sentence, terms)),
      h('div', { class: 'ev-meta' },
        ...(showType ? types.map((t) => typeChip(t)) : []),
        ...claimants.map((c) => h('span', { class: 'claimant' }, `according to ${c}`)),
        group.some((g) => g.hedged) ? chip('hedged', 'chip warn') : null,
        group.some((g) => g.denied) ? chip('denied', 'chip danger') : null,
        h('span', { class: 'conf', title: 'confidence' }, fmt.conf(best))),
      h('div', { class: 'ev-source' },
        ev.article
          ? h('button', { type: 'button', class: 'link art-title', title: 'Read the article, this sentence highlighted', onclick: () => act.readArticle(ev.article!.id, ev.id) }, ev.article.title ?? ev.article.id)
          : h('span', { class: 'art-title' }, 'unknown article'),
        h('span', { class: 'muted' }, [ev.article?.source, ev.article?.date, ...new Set(group.map((g) => g.rule).filter(Boolean).map((r) => `rule ${r}`))].filter(Boolean).join(' · ')))));
  }
}

/** The sentence as text nodes, the given names in <mark> (still text only: marks hold text nodes). */
export function markTerms(sentence: string, terms: string[]): Array<string | HTMLElement> {
  return termSpans(sentence, terms).map((p) => (p.mark ? h('mark', {}, p.text) : p.text));
}

/** The path view's panel: each hop with the relations that make it, each opening its evidence. */
export function renderPath(hops: Array<{ from: PathEnd; to: PathEnd; relations: Array<{ id: string; type: RelationType; outgoing: boolean; confidence: number }> }>, act: PanelActions): void {
  const root = openPanel('Shortest path');
  const first = hops[0]?.from;
  const last = hops.at(-1)?.to;
  root.append(
    h('h2', { class: 'panel-title', id: 'panel-title' }, `${first?.name ?? ''} → ${last?.name ?? ''}`),
    h('p', { class: 'meta' }, `${plural(hops.length, 'hop')} · click a relation for its evidence`),
  );
  const list = h('ol', { class: 'hops', id: 'path-hops' });
  const nodeRow = (n: PathEnd) => h('li', { class: 'hop-node' }, h('span', { class: 'dot', style: `--c:${LABEL_COLORS[n.label]}` }),
    h('button', { type: 'button', class: 'link', onclick: () => act.selectNode(n.id) }, n.name));
  hops.forEach((hop, i) => {
    if (i === 0) list.append(nodeRow(hop.from));
    list.append(h('li', { class: 'hop-rels' }, ...hop.relations.map((r) => h('button', {
      type: 'button', class: 'rel', title: `${r.outgoing ? `${hop.from.name} → ${hop.to.name}` : `${hop.to.name} → ${hop.from.name}`}: show this relation and its evidence`,
      onclick: () => act.selectEdge(r.id, r.outgoing ? hop.from.id : hop.to.id),
    }, h('span', { class: 'dir', 'aria-hidden': 'true' }, r.outgoing ? '↓' : '↑'), typeChip(r.type),
    h('span', { class: 'conf' }, fmt.conf(r.confidence))))));
    list.append(nodeRow(hop.to));
  });
  root.append(list);
}

export interface PathEnd { id: string; name: string; label: keyof typeof LABEL_COLORS }

function isType(t: string): t is RelationType {
  return t in TYPE_NAMES;
}

function addMore(
  sectionEl: HTMLElement, list: HTMLElement, page: { offset: number; limit: number; total: number },
  load: (offset: number) => Promise<{ items: EvidenceItem[]; page: { offset: number; limit: number; total: number } }>, showType: boolean,
  act: PanelActions, terms: string[],
): void {
  let next = page.offset + page.limit;
  if (next >= page.total) return;
  const btn = h('button', { type: 'button', class: 'small more' }, `Show more (${fmt.int(page.total - next)} left)`);
  btn.addEventListener('click', () => {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    load(next).then(({ items, page: p }) => {
      appendEvidence(list, items, showType, act, terms);
      next = p.offset + p.limit;
      if (next >= p.total) btn.remove();
      else { btn.disabled = false; btn.textContent = `Show more (${fmt.int(p.total - next)} left)`; }
    }).catch((err: unknown) => { btn.textContent = `Failed: ${String(err)}`; });
  });
  sectionEl.append(btn);
}
