// @ts-check
// Short messages in the corner: what an action did, or why it failed. The box is the page's #toasts (a polite live
// region, so screen readers announce them).
import { ApiError } from './api.js';
import { h } from './dom.js';

/** @typedef {'' | 'ok' | 'bad'} ToastKind */

export function toast(/** @type {string} */ message, /** @type {ToastKind} */ kind = '', ms = 6000) {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(box);
  }
  const item = h('div', { class: `toast ${kind}`.trim() }, message);
  box.append(item);
  setTimeout(() => item.remove(), ms);
  return item;
}

/** Shows why an action failed; a 401 is not shown, the page has gone back to the sign-in form already. */
export function failed(/** @type {unknown} */ err) {
  if (err instanceof ApiError && err.status === 401) return;
  toast(err instanceof Error ? err.message : String(err), 'bad');
}
