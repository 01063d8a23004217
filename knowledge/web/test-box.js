// @ts-check
// The test box: what the bot would answer to a question and why — the decision and its rule, the thresholds, the
// answer as customers see it, and every candidate with its score and the signals behind it.
import { api } from '/assets/api.js';
import { $, fill, h, sanitizedHtml } from '/assets/dom.js';
import { label, t, tNodes } from '/assets/i18n.js';
import { failed } from '/assets/toast.js';

/** @typedef {import('./types.js').TestAnswer} TestAnswer */

export function createTestBox() {
  /** @type {TestAnswer | null} */
  let shown = null;
  const text = $('test-text', HTMLInputElement);
  const lang = $('test-lang', HTMLSelectElement);

  $('test-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    // Busy until the answer is drawn: assistive technology (and the browser tests) know when the result is current.
    const form = /** @type {HTMLFormElement} */ (event.currentTarget);
    form.setAttribute('aria-busy', 'true');
    try {
      shown = await api('POST', '/api/knowledge/test', { text: text.value, ...(lang.value ? { lang: lang.value } : {}) });
      draw();
    } catch (err) {
      failed(err);
    } finally {
      form.removeAttribute('aria-busy');
    }
  });

  function draw() {
    if (!shown) return;
    const result = shown;
    const thresholds = result.thresholds;
    const named = (/** @type {string} */ value) => h('span', { translate: 'no' }, value);
    const summary = h(
      'div',
      { id: 'test-decision' },
      h(
        'p',
        {},
        h('strong', {}, t('editor.test.decisionIs', { decision: label('editor.test.decision.', result.decision) })),
        h(
          'span',
          { class: 'muted' },
          ' — ',
          t('editor.test.rule', { rule: label('editor.test.rule.', result.rule) }),
          ' ',
          t('editor.test.thresholds', { answer: thresholds.answer, margin: thresholds.margin, clarify: thresholds.clarify, inScope: thresholds.inScope }),
          result.lang ? ` · ${t('editor.test.languageIs', { lang: label('language.', result.lang) })}` : '',
        ),
      ),
    );
    if (result.answer) {
      const { title, articleId, score, html, followUps } = result.answer;
      summary.append(
        h('p', {}, tNodes('editor.test.answers', { title: named(title), id: named(articleId), score })),
        sanitizedHtml('div', html, { class: 'preview markdown', translate: 'no' }),
      );
      if (followUps.length) summary.append(h('p', { class: 'muted' }, tNodes('editor.test.followUps', { titles: named(followUps.map((f) => f.title).join(' · ')) })));
    }
    if (result.choices.length) {
      const choices = result.choices.map((c) => `${c.title} (${c.score})`).join(' · ');
      summary.append(h('p', {}, tNodes('editor.test.choices', { choices: named(choices) })));
    }
    if (result.decision === 'fallback') summary.append(h('p', {}, t('editor.test.fallback')));

    const rows = result.candidates.map((c) => {
      const x = c.explanation;
      const signals = x
        ? t('editor.test.signals', { lunr: x.lunrScore.toFixed(2), nearest: x.nearestSimilarity.toFixed(2), centroid: x.centroidSimilarity.toFixed(2) })
        : '';
      const terms = x?.matchedTerms?.length ? [' · ', tNodes('editor.test.terms', { terms: named(x.matchedTerms.join(' ')) })] : [];
      return h(
        'tr',
        {},
        h('td', {}, named(c.title), ' (', named(c.articleId), ')'),
        h('td', {}, String(c.score)),
        h('td', { translate: 'no' }, c.matchedQuestion ?? ''),
        h('td', {}, signals, terms),
      );
    });
    const headings = /** @type {const} */ (['editor.test.candidate', 'editor.test.score', 'editor.test.closest', 'editor.test.why']);
    fill(
      $('test-result'),
      summary,
      h(
        'div',
        {},
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, headings.map((key) => h('th', {}, t(key))))),
          h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, t('editor.test.noCandidates')))),
        ),
      ),
    );
  }

  return { draw };
}
