// @ts-check
// The articles tab's list: filters (words, status, language, stale only) and one row per article with its status,
// whether customers get an older version, staleness and "not helpful" feedback.
import { api } from '/assets/api.js';
import { $, all, h } from '/assets/dom.js';
import { label, t, tNodes } from '/assets/i18n.js';
import { failed } from '/assets/toast.js';

/** @typedef {import('./types.js').ArticleList} ArticleList */
/** @typedef {import('./types.js').ArticleListItem} ArticleListItem */

/** @param {{ onOpen: (id: string) => void }} handlers */
export function createArticleList({ onOpen }) {
  const query = $('filter-q', HTMLInputElement);
  const status = $('filter-status', HTMLSelectElement);
  const lang = $('filter-lang', HTMLSelectElement);
  const stale = $('filter-stale', HTMLInputElement);
  /** @type {ArticleList | null} */
  let shown = null;
  /** @type {string | null} */
  let selectedId = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  for (const input of [query, status, lang, stale]) {
    input.addEventListener(input === query ? 'input' : 'change', () => {
      clearTimeout(timer);
      timer = setTimeout(load, 200);
    });
  }

  async function load() {
    const params = new URLSearchParams({ limit: '500' });
    if (query.value.trim()) params.set('q', query.value.trim());
    if (status.value) params.set('status', status.value);
    if (lang.value) params.set('lang', lang.value);
    if (stale.checked) params.set('stale', 'true');
    try {
      shown = await api('GET', `/api/knowledge/articles?${params}`);
      draw();
    } catch (err) {
      failed(err);
    }
  }

  function draw() {
    if (!shown) return;
    const count = shown.total;
    $('list-count').textContent = t(count === 1 ? 'editor.list.count.one' : 'editor.list.count.other', { count });
    $('article-list').replaceChildren(...shown.items.map(row));
  }

  function row(/** @type {ArticleListItem} */ item) {
    const badge = (/** @type {string} */ text, /** @type {string} */ kind) => h('span', { class: `badge ${kind}` }, text);
    const li = h(
      'li',
      { dataset: { id: item.id }, class: item.id === selectedId ? 'selected' : undefined },
      h('div', { translate: 'no' }, item.title),
      h('div', { class: 'id' }, tNodes('editor.list.meta', { id: h('span', { translate: 'no' }, item.id), lang: label('language.', item.lang), version: item.version })),
      h(
        'div',
        {},
        badge(label('editor.status.', item.status), item.status),
        item.pendingChanges ? badge(t('editor.list.pending', { version: item.liveVersion ?? 0 }), 'pending') : null,
        item.stale ? badge(t('editor.list.stale', { date: item.reviewBy ?? '' }), 'stale') : null,
        item.feedback.notHelpful ? badge(t('editor.list.notHelpful', { count: item.feedback.notHelpful }), 'stale') : null,
      ),
    );
    li.addEventListener('click', () => onOpen(item.id));
    return li;
  }

  function select(/** @type {string | null} */ id) {
    selectedId = id;
    for (const li of all('#article-list li')) li.classList.toggle('selected', li.dataset.id === id);
  }

  return { load, draw, select };
}
