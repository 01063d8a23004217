// @ts-check
// The knowledge editor: articles (list, form, versions), the review queue, synonyms and the test box, one module per
// view. Signing in and out, the language and the API client are the staff pages' shared modules in /assets/.
import { $, all, show } from '/assets/dom.js';
import { onLocaleChange, t, tNodes } from '/assets/i18n.js';
import { startStaffPage } from '/assets/session.js';
import { toast } from '/assets/toast.js';
import { createArticleForm } from './article-form.js';
import { createArticleList } from './article-list.js';
import { createReviewQueue } from './review-queue.js';
import { hasRole, setUser } from './roles.js';
import { createSynonyms } from './synonyms.js';
import { createTestBox } from './test-box.js';
import { createVersions } from './versions.js';

/** @typedef {import('/assets/session.js').User} User */

const TABS = ['articles', 'queue', 'synonyms', 'test'];

function startEditor() {
  /** @type {User | null} */
  let user = null;
  const list = createArticleList({ onOpen: (id) => void form.open(id) });
  const form = createArticleForm({
    onChanged: () => list.load(),
    onOpened: (article) => {
      list.select(article?.id ?? null);
      void versions.load(article);
    },
  });
  const versions = createVersions({ rollback: (request, done) => form.written(request, done) });
  const queue = createReviewQueue({ onResolved: () => void list.load() });
  const synonyms = createSynonyms();
  const testBox = createTestBox();

  function openTab(/** @type {string} */ name) {
    for (const button of all('[data-tab]')) button.classList.toggle('active', button.dataset.tab === name);
    for (const tab of TABS) show($(`tab-${tab}`), tab === name);
    if (name === 'queue') void queue.load();
    if (name === 'synonyms') synonyms.open();
  }
  for (const button of all('[data-tab]')) button.addEventListener('click', () => openTab(button.dataset.tab ?? 'articles'));
  $('new-article').addEventListener('click', () => form.create());

  function drawWhoami() {
    if (!user) return;
    const roles = user.roles.map((role) => t(/** @type {const} */ (`editor.role.${role}`))).join(', ');
    $('whoami').replaceChildren(...tNodes('editor.whoami', { email: Object.assign(document.createElement('span'), { translate: false, textContent: user.email }), roles }));
  }

  function enter(/** @type {User} */ signedIn) {
    user = signedIn;
    setUser(signedIn);
    show($('login'), false);
    show($('app'), true);
    show($('sign-out'), true);
    drawWhoami();
    show($('new-article'), hasRole('editor'));
    if (!hasRole('editor') && !hasRole('reviewer')) {
      toast(t('editor.noRole'), 'bad');
      return;
    }
    void list.load();
  }

  function leave() {
    user = null;
    setUser(null);
    show($('login'), true);
    show($('app'), false);
    show($('sign-out'), false);
    $('whoami').replaceChildren();
  }

  onLocaleChange(() => {
    drawWhoami();
    list.draw();
    if (form.current() !== null || !$('article-form').hidden) form.drawState();
    versions.draw();
    queue.relabel();
    synonyms.drawState();
    testBox.draw();
  });

  void startStaffPage({ enter, leave });
}

startEditor();
