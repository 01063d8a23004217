// @ts-check
// An article's published versions: when and by whom, a diff of each against the working copy, and rollback.
import { api, articlePath } from '/assets/api.js';
import { $, h } from '/assets/dom.js';
import { label, t, time, tNodes } from '/assets/i18n.js';
import { failed } from '/assets/toast.js';
import { hasRole } from './roles.js';

/** @typedef {import('./types.js').ArticleDetail} ArticleDetail */
/** @typedef {import('./types.js').ArticleVersion} ArticleVersion */
/** @typedef {import('./types.js').FieldDiff} FieldDiff */

/** @param {{ rollback: (request: Promise<ArticleDetail>, done: string) => Promise<void> }} handlers */
export function createVersions({ rollback }) {
  /** @type {{ article: ArticleDetail, versions: ArticleVersion[] } | null} */
  let shown = null;
  /** @type {{ from: number, fields: FieldDiff[] } | null} */
  let diff = null;

  async function load(/** @type {ArticleDetail | null} */ article) {
    shown = null;
    diff = null;
    $('diff').replaceChildren();
    $('versions').replaceChildren();
    $('versions-box').hidden = !article;
    if (!article) return;
    try {
      const { versions } = await api('GET', articlePath(article.id, '/versions'));
      shown = { article, versions };
      draw();
    } catch (err) {
      failed(err);
    }
  }

  function draw() {
    if (!shown) return;
    const { article, versions } = shown;
    $('versions').replaceChildren(
      ...(versions.length ? versions.map((version) => versionItem(article, version)) : [h('li', { class: 'muted' }, t('editor.versions.never'))]),
    );
    drawDiff();
  }

  /** @param {ArticleDetail} article @param {ArticleVersion} version */
  function versionItem(article, version) {
    const compare = h('button', { type: 'button', class: 'secondary' }, t('editor.versions.compare'));
    compare.addEventListener('click', () => void showDiff(article.id, version.version));
    const back = h('button', { type: 'button', class: 'secondary', hidden: !hasRole('reviewer') || article.status === 'archived' }, t('editor.versions.rollback'));
    back.addEventListener('click', () => {
      if (!window.confirm(t('editor.versions.rollbackConfirm', { version: version.version }))) return;
      const request = api('POST', articlePath(article.id, '/rollback'), { revision: article.revision, version: version.version });
      void rollback(request, t('editor.versions.rolledBack', { version: version.version }));
    });
    const by = version.publishedBy ? [' ', tNodes('editor.versions.by', { name: h('span', { translate: 'no' }, version.publishedBy) })] : [];
    const note = version.note ? [' — ', h('span', { translate: 'no' }, version.note)] : [];
    return h('li', {}, h('strong', {}, `v${version.version}`), h('span', { class: 'muted' }, time(version.publishedAt), by, note), compare, back);
  }

  async function showDiff(/** @type {string} */ id, /** @type {number} */ from) {
    try {
      const result = await api('GET', articlePath(id, `/diff?from=${from}&to=working`));
      diff = { from, fields: result.fields };
      drawDiff();
    } catch (err) {
      failed(err);
    }
  }

  function drawDiff() {
    if (!diff) return;
    const changed = diff.fields.filter((f) => f.changed);
    $('diff').replaceChildren(
      h('p', { class: 'muted' }, changed.length ? t('editor.versions.changes', { version: diff.from }) : t('editor.versions.same', { version: diff.from })),
      ...changed.map((field) =>
        h(
          'div',
          { class: 'field' },
          h('strong', {}, label('editor.field.', field.field)),
          field.lines.map((line) => h('div', { class: `line ${line.op}`, translate: 'no' }, line.text)),
        ),
      ),
    );
  }

  return { load, draw };
}
