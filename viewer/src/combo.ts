// An accessible autocomplete (ARIA combobox + listbox) over the full-text entity search: arrows move,
// Enter chooses, Escape closes. Used for the main search and the two ends of a path.
import type { SearchHit } from '../../src/serve/api-schema.js';
import { api } from './api.js';
import { clear, h } from './dom.js';
import { LABEL_COLORS } from './theme.js';

export interface Combo {
  input: HTMLInputElement;
  chosen: { id: string; name: string } | null;
  set(hit: { id: string; name: string } | null): void;
}

export function createCombo(container: HTMLElement, opts: { id: string; placeholder: string; label: string; onChoose(hit: SearchHit): void }): Combo {
  const listId = `${opts.id}-list`;
  const input = h('input', {
    id: opts.id, type: 'search', class: 'combo-input', placeholder: opts.placeholder, autocomplete: 'off', spellcheck: false,
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-label': opts.label,
  });
  const list = h('ul', { id: listId, class: 'combo-list', role: 'listbox', 'aria-label': `${opts.label}: suggestions` });
  list.hidden = true;
  container.append(input, list);

  let hits: SearchHit[] = [];
  let shownFor = ''; // the text the listed hits answer
  let active = -1;
  let timer: number | undefined;
  let aborter: AbortController | null = null;
  const combo: Combo = {
    input,
    chosen: null,
    set(hit) {
      combo.chosen = hit ? { id: hit.id, name: hit.name } : null;
      input.value = hit?.name ?? '';
      close();
    },
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
    list.children[i]?.scrollIntoView({ block: 'nearest' });
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    combo.chosen = hit;
    input.value = hit.name;
    close();
    opts.onChoose(hit);
  };
  const render = (q: string) => {
    clear(list);
    if (hits.length === 0) {
      list.append(h('li', { class: 'combo-empty', role: 'presentation' }, `No entity matches “${q}”`));
    }
    hits.forEach((hit, i) => {
      const ql = q.toLowerCase();
      const alias = hit.name.toLowerCase().includes(ql) ? undefined : hit.aliases.find((a) => a.toLowerCase().includes(ql));
      const li = h('li', { id: `${listId}-${i}`, role: 'option', class: 'combo-option', 'aria-selected': 'false', title: `${hit.name} (${hit.label})` },
        h('span', { class: 'dot', style: `--c:${LABEL_COLORS[hit.label]}` }),
        h('span', { class: 'opt-name' }, hit.name),
        alias ? h('span', { class: 'opt-alias' }, `“${alias}”`) : null,
        h('span', { class: 'opt-label' }, hit.label));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };

  const fetchHits = (q: string): Promise<void> => {
    aborter?.abort();
    aborter = new AbortController();
    return api.search(q, aborter.signal).then((r) => {
      if (input.value.trim() !== q) return;
      hits = r;
      shownFor = q;
      render(q);
    }).catch(() => undefined);
  };

  input.addEventListener('input', () => {
    combo.chosen = null;
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { close(); return; }
    timer = window.setTimeout(() => void fetchHits(q), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !list.hidden) { e.preventDefault(); highlight(Math.min(hits.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp' && !list.hidden) { e.preventDefault(); highlight(Math.max(0, active - 1)); }
    else if (e.key === 'Enter') {
      const q = input.value.trim();
      if (!q) return;
      e.preventDefault();
      if (shownFor === q && !list.hidden && active >= 0) { choose(active); return; }
      // typed faster than the suggestions came: answer for exactly this text, then take the best
      clearTimeout(timer);
      void fetchHits(q).then(() => { if (shownFor === q && hits.length) choose(0); });
    }
    else if (e.key === 'Escape') { if (!list.hidden) { e.stopPropagation(); close(); } }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return combo;
}
