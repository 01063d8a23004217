// The knowledge editor page: plain DOM, no framework, no inline handlers (CSP: script-src 'self').
// Every text from the server is set with textContent; the only HTML inserted is the server's sanitized Markdown.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var state = { user: null, current: null, groups: [], synonyms: { revision: null, dirty: false } };
  var STATUS_LABELS = { draft: 'Draft', in_review: 'In review', published: 'Published', archived: 'Archived' };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'className') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function show(message, isError) {
    var box = $('message');
    box.textContent = message;
    box.className = isError ? 'error' : '';
    box.hidden = !message;
  }

  function api(method, url, body) {
    var options = { method: method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
    // Every change is sent as JSON, body or not: Baton refuses cookie-signed changes of any other type (CSRF).
    if (method !== 'GET') options.headers['Content-Type'] = 'application/json';
    if (body !== undefined) options.body = JSON.stringify(body);
    return fetch(url, options).then(function (res) {
      if (res.status === 204) return null;
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) {
          if (res.status === 401 && url !== '/api/auth/login') showLogin();
          var error = new Error((data && data.error && data.error.message) || ('request failed: ' + res.status));
          error.status = res.status;
          error.code = data && data.error && data.error.code;
          error.details = data && data.error && data.error.details;
          throw error;
        }
        return data;
      });
    });
  }

  function fail(err) { show(err.message, true); }

  function hasRole(role) {
    var roles = (state.user && state.user.roles) || [];
    return roles.indexOf('admin') >= 0 || roles.indexOf(role) >= 0;
  }

  // ---- sign in ----
  function showLogin() {
    $('login').hidden = false;
    $('app').hidden = true;
    $('logout').hidden = true;
    $('whoami').textContent = '';
  }

  function start(user) {
    state.user = user;
    $('login').hidden = true;
    $('app').hidden = false;
    $('logout').hidden = false;
    $('whoami').textContent = user.email + ' (' + user.roles.join(', ') + ')';
    $('new-article').hidden = !hasRole('editor');
    if (!hasRole('editor') && !hasRole('reviewer')) {
      show('Your account has neither the editor nor the reviewer role; ask an administrator.', true);
      return;
    }
    loadList();
  }

  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    api('POST', '/api/auth/login', { email: $('login-email').value, password: $('login-password').value })
      .then(function (result) { show(''); start(result.user); })
      .catch(fail);
  });

  $('logout').addEventListener('click', function () {
    api('POST', '/api/auth/logout').then(function () { state.user = null; showLogin(); }).catch(fail);
  });

  // ---- tabs ----
  Array.prototype.forEach.call(document.querySelectorAll('[data-tab]'), function (button) {
    button.addEventListener('click', function () { openTab(button.getAttribute('data-tab')); });
  });

  function openTab(name) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-tab]'), function (b) {
      b.classList.toggle('active', b.getAttribute('data-tab') === name);
    });
    ['articles', 'queue', 'synonyms', 'test'].forEach(function (tab) { $('tab-' + tab).hidden = tab !== name; });
    if (name === 'queue') loadQueue();
    // Unsaved synonym edits survive switching tabs; only a clean list is reloaded.
    if (name === 'synonyms' && !state.synonyms.dirty) loadSynonyms();
  }

  // ---- article list ----
  function loadList() {
    var params = new URLSearchParams();
    if ($('filter-q').value.trim()) params.set('q', $('filter-q').value.trim());
    if ($('filter-status').value) params.set('status', $('filter-status').value);
    if ($('filter-lang').value) params.set('lang', $('filter-lang').value);
    if ($('filter-stale').checked) params.set('stale', 'true');
    params.set('limit', '500');
    return api('GET', '/api/knowledge/articles?' + params.toString()).then(renderList).catch(fail);
  }

  function badge(text, kind) { return el('span', { className: 'badge ' + kind, text: text }); }

  function renderList(result) {
    var list = $('article-list');
    list.textContent = '';
    $('list-count').textContent = result.total + ' article' + (result.total === 1 ? '' : 's');
    result.items.forEach(function (item) {
      var li = el('li', { 'data-id': item.id }, [
        el('div', { text: item.title }),
        el('div', { className: 'id', text: item.id + ' · ' + item.lang + ' · v' + item.version }),
        el('div', {}, [
          badge(STATUS_LABELS[item.status], item.status),
          item.pendingChanges ? badge('live v' + item.liveVersion + ' + changes', 'pending') : null,
          item.stale ? badge('stale: review by ' + item.reviewBy, 'stale') : null,
          item.feedback && item.feedback.notHelpful ? badge(item.feedback.notHelpful + ' not helpful', 'stale') : null,
        ]),
      ]);
      if (state.current && state.current.id === item.id) li.className = 'selected';
      li.addEventListener('click', function () { openArticle(item.id); });
      list.appendChild(li);
    });
  }

  var filterTimer;
  ['filter-q', 'filter-status', 'filter-lang', 'filter-stale'].forEach(function (id) {
    $(id).addEventListener(id === 'filter-q' ? 'input' : 'change', function () {
      clearTimeout(filterTimer);
      filterTimer = setTimeout(loadList, 200);
    });
  });

  // ---- the article form ----
  var splitList = function (text) { return text.split(/[,;]/).map(function (s) { return s.trim(); }).filter(Boolean); };
  var splitLines = function (text) { return text.split(/\r?\n/).map(function (s) { return s.trim(); }).filter(Boolean); };

  function fillForm(article) {
    state.current = article;
    $('article-form').hidden = false;
    $('empty-editor').hidden = true;
    $('f-id').value = article ? article.id : '';
    $('f-id').readOnly = Boolean(article);
    $('f-lang').value = article ? article.lang : 'en';
    $('f-title').value = article ? article.title : '';
    $('f-product').value = (article && article.product) || '';
    $('f-owner').value = (article && article.owner) || '';
    $('f-review-by').value = (article && article.reviewBy) || '';
    $('f-tags').value = article ? article.tags.join(', ') : '';
    $('f-follow-ups').value = article ? article.followUps.join(', ') : '';
    $('f-questions').value = article ? article.questions.join('\n') : '';
    $('f-answer').value = article ? article.answer : '';
    $('status-line').textContent = article
      ? STATUS_LABELS[article.status] + ' · version ' + article.version +
        (article.liveVersion ? ' · live: v' + article.liveVersion : ' · not live') +
        (article.stale ? ' · STALE (review by ' + article.reviewBy + ')' : '')
      : 'New article (draft)';
    $('review-note').hidden = !(article && article.reviewNote);
    $('review-note').textContent = article && article.reviewNote ? 'Reviewer: ' + article.reviewNote : '';
    var actions = (article && article.actions) || [];
    var can = function (action, role) { return Boolean(article) && actions.indexOf(action) >= 0 && hasRole(role); };
    $('save').hidden = !hasRole('editor') || (article && article.status === 'archived');
    $('save').textContent = article && article.status === 'published' ? 'Save as new draft' : 'Save draft';
    $('submit').hidden = !can('submit', 'editor');
    $('publish').hidden = !can('publish', 'reviewer');
    $('reject').hidden = !can('reject', 'reviewer');
    $('archive').hidden = !can('archive', 'reviewer');
    $('restore').hidden = !can('restore', 'editor');
    $('reviewed').hidden = !(article && article.liveVersion && hasRole('reviewer'));
    $('versions-box').hidden = !article;
    $('diff').textContent = '';
    renderPreview();
    if (article) loadVersions(article.id);
    Array.prototype.forEach.call(document.querySelectorAll('#article-list li'), function (li) {
      li.classList.toggle('selected', Boolean(article) && li.getAttribute('data-id') === article.id);
    });
  }

  function openArticle(id) {
    return api('GET', '/api/knowledge/articles/' + encodeURIComponent(id)).then(fillForm).catch(fail);
  }

  $('new-article').addEventListener('click', function () { show(''); fillForm(null); $('f-id').focus(); });

  function formDraft() {
    var draft = {
      id: $('f-id').value.trim(),
      lang: $('f-lang').value,
      title: $('f-title').value,
      questions: splitLines($('f-questions').value),
      answer: $('f-answer').value,
      tags: splitList($('f-tags').value),
      followUps: splitList($('f-follow-ups').value),
      owner: $('f-owner').value.trim() || null,
      reviewBy: $('f-review-by').value || null,
    };
    if ($('f-product').value.trim()) draft.product = $('f-product').value.trim();
    return draft;
  }

  function afterWrite(message) {
    return function (article) {
      show(message);
      fillForm(article);
      return loadList();
    };
  }

  $('article-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var draft = formDraft();
    var request = state.current
      ? api('PUT', '/api/knowledge/articles/' + encodeURIComponent(state.current.id), Object.assign(draft, { revision: state.current.revision }))
      : api('POST', '/api/knowledge/articles', draft);
    request.then(afterWrite('Saved as a draft.')).catch(fail);
  });

  var ACTION_MESSAGES = {
    submit: 'Submitted for review.',
    publish: 'Published: customers get this version now.',
    reject: 'Sent back to draft.',
    archive: 'Archived: customers no longer get this article.',
    restore: 'Restored as a draft.',
    reviewed: 'Marked as reviewed.',
  };
  ['submit', 'publish', 'reject', 'archive', 'restore', 'reviewed'].forEach(function (action) {
    $(action).addEventListener('click', function () {
      var article = state.current;
      if (!article) return;
      var body = { revision: article.revision };
      if (action === 'reject') {
        var note = window.prompt('What should the editor change?', '');
        if (note === null) return;
        body.note = note;
      }
      if (action === 'archive' && !window.confirm('Archive "' + article.title + '"? Customers will no longer get it.')) return;
      api('POST', '/api/knowledge/articles/' + encodeURIComponent(article.id) + '/' + action, body)
        .then(afterWrite(ACTION_MESSAGES[action]))
        .catch(fail);
    });
  });

  // ---- Markdown preview (rendered and sanitized by the server, exactly as customers will see it) ----
  var previewTimer;
  function renderPreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(function () {
      api('POST', '/api/knowledge/preview', { markdown: $('f-answer').value })
        .then(function (result) { $('preview').innerHTML = result.html; })
        .catch(function () { $('preview').textContent = ''; });
    }, 150);
  }
  $('f-answer').addEventListener('input', renderPreview);

  // ---- versions, diff, rollback ----
  function loadVersions(id) {
    api('GET', '/api/knowledge/articles/' + encodeURIComponent(id) + '/versions').then(function (result) {
      var list = $('versions');
      list.textContent = '';
      if (result.versions.length === 0) list.appendChild(el('li', { className: 'muted', text: 'Never published.' }));
      result.versions.forEach(function (version) {
        var diffButton = el('button', { type: 'button', className: 'secondary', text: 'Compare with working copy' });
        diffButton.addEventListener('click', function () { showDiff(id, version.version); });
        var rollback = el('button', { type: 'button', className: 'secondary', text: 'Roll back to this' });
        rollback.hidden = !hasRole('reviewer') || (state.current && state.current.status === 'archived');
        rollback.addEventListener('click', function () {
          if (!window.confirm('Publish version ' + version.version + ' again as a new version?')) return;
          api('POST', '/api/knowledge/articles/' + encodeURIComponent(id) + '/rollback', { revision: state.current.revision, version: version.version })
            .then(afterWrite('Rolled back: version ' + version.version + ' is live again.'))
            .catch(fail);
        });
        list.appendChild(el('li', {}, [
          el('strong', { text: 'v' + version.version }),
          el('span', { className: 'muted', text: version.publishedAt.slice(0, 16).replace('T', ' ') + (version.publishedBy ? ' by ' + version.publishedBy : '') + (version.note ? ' — ' + version.note : '') }),
          diffButton,
          rollback,
        ]));
      });
    }).catch(fail);
  }

  function showDiff(id, from) {
    api('GET', '/api/knowledge/articles/' + encodeURIComponent(id) + '/diff?from=' + from + '&to=working').then(function (result) {
      var box = $('diff');
      box.textContent = '';
      var changed = result.fields.filter(function (f) { return f.changed; });
      box.appendChild(el('p', { className: 'muted', text: changed.length ? 'Changes from v' + from + ' to the working copy:' : 'The working copy is the same as v' + from + '.' }));
      changed.forEach(function (field) {
        box.appendChild(el('div', { className: 'field' }, [el('strong', { text: field.field })].concat(field.lines.map(function (line) {
          return el('div', { className: 'line ' + line.op, text: line.text });
        }))));
      });
    }).catch(fail);
  }

  // ---- review queue ----
  function loadQueue() {
    api('GET', '/api/knowledge/review-queue').then(function (result) {
      state.groups = result.groups;
      var list = $('queue');
      list.textContent = '';
      if (result.groups.length === 0) list.appendChild(el('li', { className: 'muted', text: 'Nothing to review: every question found an answer.' }));
      result.groups.forEach(function (group) { list.appendChild(queueItem(group)); });
    }).catch(fail);
  }

  function queueItem(group) {
    var variantTarget = el('input', { placeholder: 'article id', 'aria-label': 'Article id' });
    variantTarget.value = group.bestArticleId || '';
    var addVariant = el('button', { type: 'button', text: 'Add as question variant' });
    var newId = el('input', { placeholder: 'new article id', 'aria-label': 'New article id' });
    var newAnswer = el('textarea', { rows: '2', placeholder: 'Answer (Markdown)', 'aria-label': 'Answer' });
    var create = el('button', { type: 'button', text: 'Create draft article' });
    var dismiss = el('button', { type: 'button', className: 'secondary', text: 'Dismiss' });
    var canEdit = hasRole('editor');
    [addVariant, create, dismiss].forEach(function (b) { b.hidden = !canEdit; });

    function resolve(body, message) {
      api('POST', '/api/knowledge/review-queue/resolve', Object.assign({ keys: group.keys }, body))
        .then(function () { show(message); loadQueue(); loadList(); })
        .catch(fail);
    }
    addVariant.addEventListener('click', function () {
      resolve({ action: 'add-variant', articleId: variantTarget.value.trim(), question: group.sample },
        'Added as a question variant of ' + variantTarget.value.trim() + ' (a draft until it is published).');
    });
    create.addEventListener('click', function () {
      resolve({ action: 'new-article', article: { id: newId.value.trim(), lang: group.lang, title: group.sample, questions: [group.sample].concat(group.examples), answer: newAnswer.value } },
        'Created the draft article ' + newId.value.trim() + '.');
    });
    dismiss.addEventListener('click', function () { resolve({ action: 'dismiss' }, 'Dismissed.'); });

    return el('li', {}, [
      el('div', {}, [el('span', { className: 'count', text: '×' + group.count }), el('strong', { text: group.sample })]),
      group.examples.length ? el('div', { className: 'muted', text: 'Also: ' + group.examples.join(' · ') }) : null,
      el('div', { className: 'muted', text: group.lang + ' · ' + group.reasons.join(', ') + (group.bestArticleId ? ' · closest: ' + group.bestArticleId + ' (' + group.bestScore + ')' : '') + ' · last ' + group.lastSeen.slice(0, 16).replace('T', ' ') }),
      canEdit ? el('div', { className: 'row' }, [variantTarget, addVariant]) : null,
      canEdit ? el('div', { className: 'row' }, [newId, newAnswer, create]) : null,
      canEdit ? el('div', { className: 'row' }, [dismiss]) : null,
    ]);
  }

  // ---- synonyms ----
  var splitSynonyms = function (text) { return text.split(/[,，、;；]/).map(function (s) { return s.trim(); }).filter(Boolean); };

  function loadSynonyms() {
    return api('GET', '/api/knowledge/synonyms').then(renderSynonyms).catch(fail);
  }

  function setSynonymsDirty(dirty) {
    state.synonyms.dirty = dirty;
    if (dirty) $('synonym-state').textContent = 'Unsaved changes';
  }

  function renderSynonyms(list) {
    state.synonyms.revision = list.revision;
    var rows = $('synonym-rows');
    rows.textContent = '';
    list.groups.forEach(function (group) { rows.appendChild(synonymRow(group)); });
    setSynonymsDirty(false);
    var canEdit = hasRole('editor');
    ['synonym-add', 'synonym-save', 'synonym-reload'].forEach(function (id) { $(id).hidden = !canEdit; });
    $('synonym-state').textContent = list.groups.length + ' group' + (list.groups.length === 1 ? '' : 's') +
      (list.updatedBy ? ' · saved by ' + list.updatedBy + ' ' + list.updatedAt.slice(0, 16).replace('T', ' ')
        : list.revision > 0 ? ' · loaded from the synonyms file' : '');
    updateSynonymEmpty();
    filterSynonyms();
  }

  function updateSynonymEmpty() {
    $('synonym-empty').hidden = $('synonym-rows').children.length > 0;
  }

  function synonymRow(group) {
    var canEdit = hasRole('editor');
    var term = el('input', { className: 'synonym-term', maxlength: '100', 'aria-label': 'Word or phrase', placeholder: 'return' });
    var list = el('input', { className: 'synonym-list', 'aria-label': 'Synonyms', placeholder: 'send back, give back' });
    term.value = group.term;
    list.value = group.synonyms.join(', ');
    term.readOnly = list.readOnly = !canEdit;
    var remove = el('button', { type: 'button', className: 'secondary', text: 'Remove' });
    remove.hidden = !canEdit;
    var row = el('tr', { className: 'synonym-group' }, [el('td', {}, [term]), el('td', {}, [list]), el('td', {}, [remove])]);
    [term, list].forEach(function (input) {
      input.addEventListener('input', function () {
        row.classList.add('changed');
        row.classList.remove('invalid');
        setSynonymsDirty(true);
      });
    });
    remove.addEventListener('click', function () {
      row.parentNode.removeChild(row);
      setSynonymsDirty(true);
      updateSynonymEmpty();
    });
    return row;
  }

  function filterSynonyms() {
    var q = $('synonym-filter').value.trim().toLowerCase();
    Array.prototype.forEach.call($('synonym-rows').children, function (row) {
      var text = (row.querySelector('.synonym-term').value + ' ' + row.querySelector('.synonym-list').value).toLowerCase();
      row.hidden = Boolean(q) && text.indexOf(q) < 0 && !row.classList.contains('invalid');
    });
  }
  $('synonym-filter').addEventListener('input', filterSynonyms);

  $('synonym-add').addEventListener('click', function () {
    $('synonym-filter').value = '';
    filterSynonyms();
    var row = synonymRow({ term: '', synonyms: [] });
    row.classList.add('changed');
    $('synonym-rows').appendChild(row);
    updateSynonymEmpty();
    setSynonymsDirty(true);
    row.scrollIntoView({ block: 'nearest' });
    row.querySelector('.synonym-term').focus();
  });

  $('synonym-reload').addEventListener('click', function () {
    if (state.synonyms.dirty && !window.confirm('Discard your unsaved changes to the synonyms?')) return;
    show('');
    loadSynonyms();
  });

  $('synonym-save').addEventListener('click', function () {
    // Rows left blank are dropped; every other row is one group, in page order.
    var rows = [];
    var groups = [];
    Array.prototype.forEach.call($('synonym-rows').children, function (row) {
      row.classList.remove('invalid');
      var term = row.querySelector('.synonym-term').value.trim();
      var synonyms = splitSynonyms(row.querySelector('.synonym-list').value);
      if (!term && synonyms.length === 0) return;
      rows.push(row);
      groups.push({ term: term, synonyms: synonyms });
    });
    api('PUT', '/api/knowledge/synonyms', { groups: groups, revision: state.synonyms.revision })
      .then(function (list) {
        renderSynonyms(list);
        show('Synonyms saved: the bot uses them now.');
      })
      .catch(function (err) {
        fail(err);
        if (err.code === 'index_rebuild_failed') {
          // The list was saved (only the rebuild failed): take its new revision, or the next save would be refused.
          api('GET', '/api/knowledge/synonyms').then(function (list) { state.synonyms.revision = list.revision; }).catch(function () {});
          return;
        }
        var marked = [];
        (Array.isArray(err.details) ? err.details : []).forEach(function (issue) {
          var path = issue && issue.path;
          if (!Array.isArray(path) || path[0] !== 'groups' || typeof path[1] !== 'number' || !rows[path[1]]) return;
          rows[path[1]].classList.add('invalid');
          marked.push(rows[path[1]]);
        });
        filterSynonyms();
        if (marked.length) {
          marked[0].scrollIntoView({ block: 'nearest' });
          marked[0].querySelector('.synonym-term').focus();
        }
      });
  });

  window.addEventListener('beforeunload', function (event) {
    if (!state.synonyms.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  // ---- test box ----
  $('test-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { text: $('test-text').value };
    if ($('test-lang').value) body.lang = $('test-lang').value;
    api('POST', '/api/knowledge/test', body).then(renderTest).catch(fail);
  });

  function renderTest(result) {
    var box = $('test-result');
    box.textContent = '';
    var t = result.thresholds;
    var summary = el('div', { id: 'test-decision' }, [
      el('p', {}, [el('strong', { text: 'Decision: ' + result.decision }), el('span', { className: 'muted', text: ' — rule "' + result.rule + '" (answer ≥ ' + t.answer + ' with a lead ≥ ' + t.margin + '; choices ≥ ' + t.clarify + ')' + (result.lang ? ' · language ' + result.lang : '') })]),
    ]);
    if (result.answer) {
      var answer = el('div', { className: 'preview' });
      answer.innerHTML = result.answer.html;
      summary.appendChild(el('p', { text: 'Answers with "' + result.answer.title + '" (' + result.answer.articleId + ', score ' + result.answer.score + ')' }));
      summary.appendChild(answer);
      if (result.answer.followUps.length) {
        summary.appendChild(el('p', { className: 'muted', text: 'Then offers: ' + result.answer.followUps.map(function (f) { return f.title; }).join(' · ') }));
      }
    }
    if (result.choices.length) {
      summary.appendChild(el('p', { text: 'Asks "did you mean": ' + result.choices.map(function (c) { return c.title + ' (' + c.score + ')'; }).join(' · ') }));
    }
    if (result.decision === 'fallback') summary.appendChild(el('p', { text: 'Says it has no good answer and offers a person.' }));
    box.appendChild(summary);

    var rows = result.candidates.map(function (c) {
      var x = c.explanation || {};
      return el('tr', {}, [
        el('td', { text: c.title + ' (' + c.articleId + ')' }),
        el('td', { text: String(c.score) }),
        el('td', { text: c.matchedQuestion || '' }),
        el('td', { text: 'lunr ' + (x.lunrScore || 0).toFixed(2) + ' · nearest ' + (x.nearestSimilarity || 0).toFixed(2) + ' · centroid ' + (x.centroidSimilarity || 0).toFixed(2) + (x.matchedTerms && x.matchedTerms.length ? ' · terms ' + x.matchedTerms.join(' ') : '') }),
      ]);
    });
    box.appendChild(el('div', {}, [el('table', {}, [
      el('thead', {}, [el('tr', {}, ['Candidate', 'Score', 'Closest question', 'Why'].map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', {}, rows.length ? rows : [el('tr', {}, [el('td', { colspan: '4', className: 'muted', text: 'No candidates.' })])]),
    ])]));
  }

  // ---- start ----
  api('GET', '/api/auth/me').then(function (result) { start(result.user); }).catch(function () { showLogin(); });
})();
