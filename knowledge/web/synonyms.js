// @ts-check
// The synonyms tab: groups of words customers use for the same thing, edited in place and saved as one list. Unsaved
// edits survive switching tabs and languages (rows are labelled by data-i18n attributes, never redrawn for words).
import { api } from '/assets/api.js';
import { $, all, h, show } from '/assets/dom.js';
import { t, time } from '/assets/i18n.js';
import { failed, toast } from '/assets/toast.js';
import { hasRole } from './roles.js';

/** @typedef {import('./types.js').SynonymList} SynonymList */
/** @typedef {import('./types.js').SynonymGroup} SynonymGroup */

const splitSynonyms = (/** @type {string} */ text) => text.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);

export function createSynonyms() {
  const rows = $('synonym-rows');
  const filter = $('synonym-filter', HTMLInputElement);
  /** @type {SynonymList | null} */
  let saved = null;
  let revision = 0;
  let dirty = false;

  const termOf = (/** @type {HTMLElement} */ row) => /** @type {HTMLInputElement} */ (row.querySelector('.synonym-term'));
  const listOf = (/** @type {HTMLElement} */ row) => /** @type {HTMLInputElement} */ (row.querySelector('.synonym-list'));
  const rowsNow = () => all('tr', rows);

  async function load() {
    try {
      render(await api('GET', '/api/knowledge/synonyms'));
    } catch (err) {
      failed(err);
    }
  }

  function render(/** @type {SynonymList} */ list) {
    saved = list;
    revision = list.revision;
    rows.replaceChildren(...list.groups.map(row));
    for (const id of ['synonym-add', 'synonym-save', 'synonym-reload']) show($(id), hasRole('editor'));
    setDirty(false);
    updateEmpty();
    applyFilter();
  }

  function setDirty(/** @type {boolean} */ value) {
    dirty = value;
    drawState();
  }

  /** "3 groups · saved by …" or "Unsaved changes" (drawn again in a new language). */
  function drawState() {
    if (dirty) {
      $('synonym-state').textContent = t('editor.synonyms.unsaved');
      return;
    }
    if (!saved) return;
    const count = saved.groups.length;
    const parts = [t(count === 1 ? 'editor.synonyms.count.one' : 'editor.synonyms.count.other', { count })];
    if (saved.updatedBy) parts.push(t('editor.synonyms.savedBy', { name: saved.updatedBy, time: time(saved.updatedAt) }));
    else if (saved.revision > 0) parts.push(t('editor.synonyms.fromFile'));
    $('synonym-state').textContent = parts.join(' · ');
  }

  function updateEmpty() {
    show($('synonym-empty'), rows.children.length === 0);
  }

  function row(/** @type {SynonymGroup} */ group) {
    const canEdit = hasRole('editor');
    const term = h('input', { class: 'synonym-term', maxlength: 100, 'data-i18n-aria-label': 'editor.synonyms.term', 'data-i18n-placeholder': 'editor.synonyms.termPlaceholder' });
    const list = h('input', { class: 'synonym-list', 'data-i18n-aria-label': 'editor.synonyms.listLabel', 'data-i18n-placeholder': 'editor.synonyms.listPlaceholder' });
    term.value = group.term;
    list.value = group.synonyms.join(', ');
    term.readOnly = list.readOnly = !canEdit;
    const remove = h('button', { type: 'button', class: 'secondary', 'data-i18n': 'editor.synonyms.remove', hidden: !canEdit });
    const tr = h('tr', { class: 'synonym-group' }, h('td', {}, term), h('td', {}, list), h('td', {}, remove));
    for (const input of [term, list]) {
      input.addEventListener('input', () => {
        tr.classList.add('changed');
        tr.classList.remove('invalid');
        setDirty(true);
      });
    }
    remove.addEventListener('click', () => {
      tr.remove();
      setDirty(true);
      updateEmpty();
    });
    return tr;
  }

  function applyFilter() {
    const q = filter.value.trim().toLowerCase();
    for (const tr of rowsNow()) {
      const text = `${termOf(tr).value} ${listOf(tr).value}`.toLowerCase();
      tr.hidden = Boolean(q) && !text.includes(q) && !tr.classList.contains('invalid');
    }
  }
  filter.addEventListener('input', applyFilter);

  $('synonym-add').addEventListener('click', () => {
    filter.value = '';
    applyFilter();
    const tr = row({ term: '', synonyms: [] });
    tr.classList.add('changed');
    rows.append(tr);
    updateEmpty();
    setDirty(true);
    tr.scrollIntoView({ block: 'nearest' });
    termOf(tr).focus();
  });

  $('synonym-reload').addEventListener('click', () => {
    if (dirty && !window.confirm(t('editor.synonyms.discardConfirm'))) return;
    void load();
  });

  $('synonym-save').addEventListener('click', async () => {
    // Rows left blank are dropped; every other row is one group, in page order.
    /** @type {HTMLElement[]} */
    const kept = [];
    /** @type {SynonymGroup[]} */
    const groups = [];
    for (const tr of rowsNow()) {
      tr.classList.remove('invalid');
      const term = termOf(tr).value.trim();
      const synonyms = splitSynonyms(listOf(tr).value);
      if (!term && synonyms.length === 0) continue;
      kept.push(tr);
      groups.push({ term, synonyms });
    }
    try {
      render(await api('PUT', '/api/knowledge/synonyms', { groups, revision }));
      toast(t('editor.synonyms.saved'), 'ok');
    } catch (err) {
      failed(err);
      if (/** @type {{ code?: string }} */ (err).code === 'index_rebuild_failed') {
        // The list was saved (only the rebuild failed): take its new revision, or the next save would be refused.
        api('GET', '/api/knowledge/synonyms').then((list) => (revision = list.revision), () => undefined);
        return;
      }
      markInvalid(kept, /** @type {{ details?: unknown }} */ (err).details);
    }
  });

  /** Marks the rows a refused save named (the issues' paths are ['groups', row, …]) and shows the first. */
  function markInvalid(/** @type {HTMLElement[]} */ kept, /** @type {unknown} */ details) {
    const marked = (Array.isArray(details) ? details : [])
      .map((issue) => (Array.isArray(issue?.path) && issue.path[0] === 'groups' && typeof issue.path[1] === 'number' ? kept[issue.path[1]] : undefined))
      .filter((tr) => tr !== undefined);
    for (const tr of marked) tr.classList.add('invalid');
    applyFilter();
    if (marked.length) {
      marked[0].scrollIntoView({ block: 'nearest' });
      termOf(marked[0]).focus();
    }
  }

  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  return {
    /** Opening the tab: unsaved edits stay; only a clean list is reloaded. */
    open() {
      if (!dirty) void load();
    },
    drawState,
  };
}
