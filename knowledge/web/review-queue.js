// @ts-check
// The review queue: questions the bot could not answer confidently, grouped; each can become a question variant of
// an article, a new draft article, or be dismissed.
import { api } from '/assets/api.js';
import { $, fill, h } from '/assets/dom.js';
import { label, t, time, tNodes } from '/assets/i18n.js';
import { failed, toast } from '/assets/toast.js';
import { hasRole } from './roles.js';

/** @typedef {import('./types.js').QuestionGroup} QuestionGroup */

/** @param {{ onResolved: () => void }} handlers the articles changed (a variant or a draft was added) */
export function createReviewQueue({ onResolved }) {
  /** @type {QuestionGroup[] | null} */
  let groups = null;
  /** Redraws each item's line of facts in the page's language (the rest is labelled by data-i18n attributes). */
  /** @type {Array<() => void>} */
  let relabels = [];

  async function load() {
    try {
      groups = (await api('GET', '/api/knowledge/review-queue')).groups;
      draw();
    } catch (err) {
      failed(err);
    }
  }

  function draw() {
    if (!groups) return;
    relabels = [];
    $('queue').replaceChildren(...(groups.length ? groups.map(item) : [h('li', { class: 'muted', 'data-i18n': 'editor.queue.empty' })]));
  }

  /** A new language: what was typed into the items stays; their words change. */
  function relabel() {
    for (const redraw of relabels) redraw();
  }

  function item(/** @type {QuestionGroup} */ group) {
    const canEdit = hasRole('editor');
    // Inputs carry their labels as data-i18n attributes, so a new language relabels them without losing what was typed.
    const variantTarget = h('input', { 'data-i18n-placeholder': 'editor.queue.articleIdPlaceholder', 'data-i18n-aria-label': 'editor.queue.articleId', translate: 'no' });
    variantTarget.value = group.bestArticleId ?? '';
    const addVariant = h('button', { type: 'button', 'data-i18n': 'editor.queue.addVariant' });
    const newId = h('input', { 'data-i18n-placeholder': 'editor.queue.newIdPlaceholder', 'data-i18n-aria-label': 'editor.queue.newId', translate: 'no' });
    const newAnswer = h('textarea', { rows: 2, 'data-i18n-placeholder': 'editor.queue.answerPlaceholder', 'data-i18n-aria-label': 'editor.queue.answer' });
    const create = h('button', { type: 'button', 'data-i18n': 'editor.queue.create' });
    const dismiss = h('button', { type: 'button', class: 'secondary', 'data-i18n': 'editor.queue.dismiss' });

    async function resolve(/** @type {Record<string, unknown>} */ body, /** @type {() => string} */ done) {
      try {
        await api('POST', '/api/knowledge/review-queue/resolve', { keys: group.keys, ...body });
        toast(done(), 'ok');
        await load();
        onResolved();
      } catch (err) {
        failed(err);
      }
    }
    addVariant.addEventListener('click', () => {
      const id = variantTarget.value.trim();
      void resolve({ action: 'add-variant', articleId: id, question: group.sample }, () => t('editor.queue.variantAdded', { id }));
    });
    create.addEventListener('click', () => {
      const id = newId.value.trim();
      const article = { id, lang: group.lang, title: group.sample, questions: [group.sample, ...group.examples], answer: newAnswer.value };
      void resolve({ action: 'new-article', article }, () => t('editor.queue.created', { id }));
    });
    dismiss.addEventListener('click', () => void resolve({ action: 'dismiss' }, () => t('editor.queue.dismissed')));

    const also = h('div', { class: 'muted' });
    const facts = h('div', { class: 'muted' });
    const drawFacts = () => {
      const closest = group.bestArticleId
        ? [' · ', tNodes('editor.queue.closest', { id: h('span', { translate: 'no' }, group.bestArticleId), score: group.bestScore ?? '' })]
        : [];
      if (group.examples.length) fill(also, tNodes('editor.queue.also', { examples: h('span', { translate: 'no' }, group.examples.join(' · ')) }));
      fill(
        facts,
        label('language.', group.lang),
        ' · ',
        group.reasons.map((reason) => label('editor.queue.reason.', reason)).join(', '),
        closest,
        ' · ',
        t('editor.queue.last', { time: time(group.lastSeen) }),
      );
    };
    drawFacts();
    relabels.push(drawFacts);
    return h(
      'li',
      {},
      h('div', {}, h('span', { class: 'count' }, `×${group.count}`), h('strong', { translate: 'no' }, group.sample)),
      group.examples.length ? also : null,
      facts,
      canEdit ? h('div', { class: 'row' }, variantTarget, addVariant) : null,
      canEdit ? h('div', { class: 'row' }, newId, newAnswer, create) : null,
      canEdit ? h('div', { class: 'row' }, dismiss) : null,
    );
  }

  return { load, relabel };
}
