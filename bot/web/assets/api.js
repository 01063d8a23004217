// @ts-check
// Calls to Baton's API from the pages: same-origin fetch with the session cookie, JSON both ways. An error carries
// the API's code; its message is the server's own in English, the catalogue's for the code in Chinese (the server
// words its messages in English). A 401 anywhere but the sign-in call tells the page the session ended.
import { hasText, locale, t } from './i18n.js';

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message what the person reads
   * @param {unknown} [details] the API's details (for validation errors: the issues, with their paths)
   */
  constructor(status, code, message, details) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** @type {() => void} */
let sessionEnded = () => undefined;

/** What the page does when the API says the session is over (shows the sign-in form). */
export function onSessionEnded(/** @type {() => void} */ handler) {
  sessionEnded = handler;
}

/**
 * @param {'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} method
 * @param {string} path
 * @param {unknown} [body]
 * @param {{ token?: string }} [options] token: sent as `Authorization: Bearer` (the chat page's Direct Line token)
 * @returns {Promise<any>} the JSON answer (null for 204)
 */
export async function api(method, path, body, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  /** @type {RequestInit} */
  const init = { method, credentials: 'same-origin', headers };
  if (method !== 'GET') {
    // Every write is JSON, with a body or without: the server refuses cookie-authenticated writes of another type.
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  const error = data?.error ?? {};
  const code = typeof error.code === 'string' ? error.code : 'internal';
  const serverMessage = typeof error.message === 'string' ? error.message : response.statusText;
  if (response.status === 401 && path !== '/api/auth/login') sessionEnded();
  throw new ApiError(response.status, code, readable(code, serverMessage), error.details);
}

/** The message a person reads: the server's in English; in Chinese the code's text, plus what was invalid. */
function readable(/** @type {string} */ code, /** @type {string} */ serverMessage) {
  const key = `error.${code}`;
  if (locale() === 'en' || !hasText(key)) return serverMessage;
  return code === 'invalid_request' ? `${t(key)}：${serverMessage}` : t(key);
}

export const ticketPath = (/** @type {string} */ id, suffix = '') => `/api/tickets/${encodeURIComponent(id)}${suffix}`;
export const articlePath = (/** @type {string} */ id, suffix = '') => `/api/knowledge/articles/${encodeURIComponent(id)}${suffix}`;
