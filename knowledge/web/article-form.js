// @ts-check
// The article being edited: its fields, the Markdown preview (rendered by the server exactly as customers will see
// it), saving a draft and the workflow actions (submit, publish, send back, mark reviewed, archive, restore).
import { api, articlePath } from '/assets/api.js';
import { $, sanitizedHtml, show } from '/assets/dom.js';
import { label, t } from '/assets/i18n.js';
import { failed, toast } from '/assets/toast.js';
import { hasRole } from './roles.js';

/** @typedef {import('./types.js').ArticleDetail} ArticleDetail */
/** @typedef {import('./types.js').ArticleDraft} ArticleDraft */
/** @typedef {'submit' | 'publish' | 'reject' | 'archive' | 'restore' | 'reviewed'} Action */

/** @type {ReadonlyArray<Action>} */
const ACTIONS = ['submit', 'publish', 'reject', 'archive', 'restore', 'reviewed'];

const input = (/** @type {string} */ id) => $(id, HTMLInputElement);
const splitList = (/** @type {string} */ text) => text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
const splitLines = (/** @type {string} */ text) => text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);

/**
 * @param {{ onChanged: (article: ArticleDetail) => void | Promise<void>, onOpened: (article: ArticleDetail | null) => void }} handlers
 *   onChanged: after a save or an action (the list shows the new status); onOpened: an article (or a new one) is in the form
 */
export function createArticleForm({ onChanged, onOpened }) {
  const form = $('article-form', HTMLFormElement);
  const answer = $('f-answer', HTMLTextAreaElement);
  const questions = $('f-questions', HTMLTextAreaElement);
  const lang = $('f-lang', HTMLSelectElement);
  /** @type {ArticleDetail | null} */
  let current = null;

  /** Puts an article (null: a new one) into the form. */
  function fill(/** @type {ArticleDetail | null} */ article) {
    current = article;
    show(form, true);
    show($('empty-editor'), false);
    input('f-id').value = article?.id ?? '';
    input('f-id').readOnly = Boolean(article);
    lang.value = article?.lang ?? 'en';
    input('f-title').value = article?.title ?? '';
    input('f-product').value = article?.product ?? '';
    input('f-owner').value = article?.owner ?? '';
    input('f-review-by').value = article?.reviewBy ?? '';
    input('f-tags').value = article?.tags.join(', ') ?? '';
    input('f-follow-ups').value = article?.followUps.join(', ') ?? '';
    questions.value = article?.questions.join('\n') ?? '';
    answer.value = article?.answer ?? '';
    drawState();
    renderPreview();
    onOpened(article);
  }

  /** The status line and the buttons this person may use now (drawn again in a new language). */
  function drawState() {
    const article = current;
    $('status-line').textContent = article ? statusLine(article) : t('editor.form.newArticle');
    const note = $('review-note');
    show(note, Boolean(article?.reviewNote));
    note.textContent = article?.reviewNote ? t('editor.form.reviewer', { note: article.reviewNote }) : '';
    const can = (/** @type {string} */ action, /** @type {'editor' | 'reviewer'} */ role) => Boolean(article?.actions.includes(/** @type {any} */ (action))) && hasRole(role);
    const save = $('save');
    show(save, hasRole('editor') && article?.status !== 'archived');
    save.textContent = article?.status === 'published' ? t('editor.form.saveNewDraft') : t('editor.form.saveDraft');
    show($('submit'), can('submit', 'editor'));
    show($('publish'), can('publish', 'reviewer'));
    show($('reject'), can('reject', 'reviewer'));
    show($('archive'), can('archive', 'reviewer'));
    show($('restore'), can('restore', 'editor'));
    show($('reviewed'), Boolean(article?.liveVersion) && hasRole('reviewer'));
  }

  function draft() {
    /** @type {ArticleDraft} */
    const content = {
      id: input('f-id').value.trim(),
      lang: lang.value === 'zh' ? 'zh' : 'en',
      title: input('f-title').value,
      questions: splitLines(questions.value),
      answer: answer.value,
      tags: splitList(input('f-tags').value),
      followUps: splitList(input('f-follow-ups').value),
      owner: input('f-owner').value.trim() || null,
      reviewBy: input('f-review-by').value || null,
    };
    const product = input('f-product').value.trim();
    return product ? { ...content, product } : content;
  }

  /** Shows what a write did, and the article as it is now. */
  async function written(/** @type {Promise<ArticleDetail>} */ request, /** @type {string} */ done) {
    try {
      const article = await request;
      toast(done, 'ok');
      fill(article);
      await onChanged(article);
    } catch (err) {
      failed(err);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = current
      ? api('PUT', articlePath(current.id), { ...draft(), revision: current.revision })
      : api('POST', '/api/knowledge/articles', draft());
    void written(request, t('editor.done.saved'));
  });

  for (const action of ACTIONS) {
    $(action).addEventListener('click', () => {
      const article = current;
      if (!article) return;
      /** @type {{ revision: number, note?: string }} */
      const body = { revision: article.revision };
      if (action === 'reject') {
        const note = window.prompt(t('editor.form.rejectPrompt'), '');
        if (note === null) return;
        body.note = note;
      }
      if (action === 'archive' && !window.confirm(t('editor.form.archiveConfirm', { title: article.title }))) return;
      void written(api('POST', articlePath(article.id, `/${action}`), body), t(/** @type {const} */ (`editor.done.${action}`)));
    });
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let previewTimer;
  function renderPreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(async () => {
      try {
        const { html } = await api('POST', '/api/knowledge/preview', { markdown: answer.value });
        $('preview').replaceChildren(sanitizedHtml('div', html, { class: 'markdown' }));
      } catch {
        $('preview').replaceChildren();
      }
    }, 150);
  }
  answer.addEventListener('input', renderPreview);

  return {
    fill,
    drawState,
    /** The article in the form (null: a new one, or none). */
    current: () => current,
    /** Opens an article by id. */
    async open(/** @type {string} */ id) {
      try {
        fill(await api('GET', articlePath(id)));
      } catch (err) {
        failed(err);
      }
    },
    /** An empty form for a new article. */
    create() {
      fill(null);
      input('f-id').focus();
    },
    /** A write elsewhere (a rollback) changed the article: show it and tell the list. */
    written,
  };
}

function statusLine(/** @type {ArticleDetail} */ article) {
  return [
    t('editor.form.statusLine', { status: label('editor.status.', article.status), version: article.version }),
    article.liveVersion ? t('editor.form.live', { version: article.liveVersion }) : t('editor.form.notLive'),
    article.stale ? t('editor.form.stale', { date: article.reviewBy ?? '' }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
