// @ts-check
// The customer chat page: gets a Direct Line token for this browser tab and renders the official Web Chat client, in
// the browser's language — Web Chat's own labels from its locale (zh-TW / zh-HK are traditional), Baton's from the
// text catalogue.
import { api } from '/assets/api.js';
import { $, show } from '/assets/dom.js';
import { pickLocale, t, useLocale } from '/assets/i18n.js';

/** @typedef {import('/assets/i18n.js').Locale} Locale */

const STORAGE_KEY = 'baton.directline';

/** The locale Web Chat is given: it has en-US, zh-CN, zh-TW and zh-HK strings (4.18), and reads "zh-Hant-TW" as simplified. */
export function webChatLocale(/** @type {Locale} */ locale, /** @type {readonly string[]} */ languages) {
  if (locale === 'en') return 'en-US';
  if (locale === 'zh-CN') return 'zh-CN';
  const hongKong = languages.some((tag) => /^zh-(?:hant-)?(?:hk|mo)\b/i.test(tag));
  return hongKong ? 'zh-HK' : 'zh-TW';
}

/** Resumes this tab's conversation after a reload (a fresh token for it), or starts a new one. */
async function conversationToken(/** @type {string} */ locale) {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  const fresh = () => api('POST', '/api/webchat/token', { locale });
  const result = saved ? await api('POST', '/v3/directline/tokens/refresh', {}, { token: saved }).catch(fresh) : await fresh();
  sessionStorage.setItem(STORAGE_KEY, result.token);
  return /** @type {string} */ (result.token);
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
