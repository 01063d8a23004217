// The customer chat page: gets a Direct Line token for this browser tab and renders the official Web Chat client.
(function () {
  'use strict';
  var zh = /^zh/i.test(navigator.language || '');
  var locale = zh ? 'zh-CN' : 'en-US';
  var STORAGE_KEY = 'baton.directline';

  var labels = zh
    ? { subtitle: '在线客服', error: '暂时无法连接客服，请稍后刷新重试。', title: 'Baton 演示商城 — 客服' }
    : { subtitle: 'Customer service', error: 'We cannot reach customer service right now. Please reload in a moment.', title: 'Baton Demo Store — Help' };
  document.documentElement.lang = zh ? 'zh-CN' : 'en';
  document.title = labels.title;
  Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
    el.textContent = labels[el.getAttribute('data-i18n')];
  });

  function post(url, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) }).then(function (res) {
      if (!res.ok) throw new Error(url + ' answered ' + res.status);
      return res.json();
    });
  }

  // Resume this tab's conversation after a reload (a fresh token for it), or start a new one.
  function getToken() {
    var saved = sessionStorage.getItem(STORAGE_KEY);
    var fresh = function () { return post('/api/webchat/token', { locale: locale }); };
    var attempt = saved ? post('/v3/directline/tokens/refresh', {}, saved).catch(fresh) : fresh();
    return attempt.then(function (result) {
      sessionStorage.setItem(STORAGE_KEY, result.token);
      return result.token;
    });
  }

  getToken()
    .then(function (token) {
      var directLine = window.WebChat.createDirectLine({
        token: token,
        domain: window.location.origin + '/v3/directline',
        webSocket: true,
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: locale,
          styleOptions: { bubbleBorderRadius: 8, bubbleFromUserBorderRadius: 8, hideUploadButton: true, accent: '#2457c5' },
        },
        document.getElementById('webchat')
      );
    })
    .catch(function (err) {
      var box = document.getElementById('chat-error');
      box.textContent = labels.error;
      box.hidden = false;
      console.error(err);
    });
})();
