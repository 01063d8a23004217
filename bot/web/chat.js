// @ts-check
// The customer chat page: gets a Direct Line token for this browser tab and renders the official Web Chat client, in
// the browser's language — Web Chat's own labels from its locale (zh-TW / zh-HK are traditional), Baton's from the
// text catalogue.
import { api } from '/assets/api.js';
import { $, show } from '/assets/dom.js';
import { pickLocale, t, useLocale } from '/assets/i18n.js';

/** @typedef {import('/assets/i18n.js').Locale} Locale */

/** The conversation's resume key, kept by this browser so a customer who closes the page can come back to it. */
const RESUME_KEY = 'baton.resume';
const RESUME_PARAM = 'resume';

/** The locale Web Chat is given: it has en-US, zh-CN, zh-TW and zh-HK strings (4.18), and reads "zh-Hant-TW" as simplified. */
export function webChatLocale(/** @type {Locale} */ locale, /** @type {readonly string[]} */ languages) {
  if (locale === 'en') return 'en-US';
  if (locale === 'zh-CN') return 'zh-CN';
  const hongKong = languages.some((tag) => /^zh-(?:hant-)?(?:hk|mo)\b/i.test(tag));
  return hongKong ? 'zh-HK' : 'zh-TW';
}

/**
 * Comes back to this browser's conversation, or to the one a link opened (another device), with the agent's answers
 * that arrived meanwhile; starts a new one when there is none or the key has expired.
 */
async function conversationToken(/** @type {string} */ locale) {
  const url = new URL(window.location.href);
  const fromLink = url.searchParams.get(RESUME_PARAM);
  if (fromLink) {
    // The key leaves the address bar (and the history) as soon as it is read.
    url.searchParams.delete(RESUME_PARAM);
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const saved = fromLink ?? localStorage.getItem(RESUME_KEY);
  const fresh = () => api('POST', '/api/webchat/token', { locale });
  const result = saved ? await api('POST', '/api/webchat/resume', { key: saved }).catch(fresh) : await fresh();
  localStorage.setItem(RESUME_KEY, result.resumeKey);
  offerLink(result.resumeKey);
  void offerEmail(result.token);
  return /** @type {string} */ (result.token);
}

/**
 * "E-mail me when someone answers": shown when the service can send e-mail. The address goes with an explicit yes;
 * each call takes a fresh token from the kept resume key, since the page may have been open for hours.
 */
async function offerEmail(/** @type {string} */ token) {
  const form = /** @type {HTMLFormElement} */ ($('notify-form'));
  const done = $('notify-done');
  const status = await api('GET', '/api/webchat/contact', undefined, { token }).catch(() => null);
  if (!status?.available) return;
  const freshToken = async () => (await api('POST', '/api/webchat/resume', { key: localStorage.getItem(RESUME_KEY) })).token;
  const showState = (/** @type {boolean} */ subscribed) => {
    show(form, !subscribed);
    show(done, subscribed);
  };
  showState(status.subscribed);
  form.onsubmit = async (event) => {
    event.preventDefault();
    const email = /** @type {HTMLInputElement} */ ($('notify-email')).value.trim();
    const consent = /** @type {HTMLInputElement} */ ($('notify-consent')).checked;
    await api('PUT', '/api/webchat/contact', { email, consent }, { token: await freshToken() });
    showState(true);
  };
  $('notify-stop').onclick = async () => {
    await api('DELETE', '/api/webchat/contact', undefined, { token: await freshToken() });
    showState(false);
  };
}

/** "Continue on another device": a link that opens this conversation elsewhere; clicking copies it. */
function offerLink(/** @type {string} */ key) {
  const link = /** @type {HTMLAnchorElement} */ ($('resume-link'));
  link.href = `${window.location.origin}/?${RESUME_PARAM}=${encodeURIComponent(key)}`;
  link.onclick = (event) => {
    event.preventDefault();
    void navigator.clipboard?.writeText(link.href).then(() => {
      link.textContent = t('chat.linkCopied');
    });
  };
  show(link, true);
}

async function startChat() {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const locale = pickLocale(languages);
  await useLocale(locale);
  const chatLocale = webChatLocale(locale, languages);
  try {
    const token = await conversationToken(chatLocale);
    /** The official Web Chat bundle (dist/webchat.js, loaded before this module) defines window.WebChat. */
    const WebChat = /** @type {any} */ (window).WebChat;
    const directLine = WebChat.createDirectLine({ token, domain: `${window.location.origin}/v3/directline`, webSocket: true });
    WebChat.renderWebChat(
      {
        directLine,
        locale: chatLocale,
        styleOptions: { bubbleBorderRadius: 8, bubbleFromUserBorderRadius: 8, hideUploadButton: true, accent: '#2457c5' },
      },
      $('webchat'),
    );
  } catch (err) {
    const box = $('chat-error');
    box.textContent = t('chat.unreachable');
    show(box, true);
    console.error(err);
  }
}

void startChat();
