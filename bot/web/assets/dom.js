// @ts-check
// Building DOM safely: text always goes in as text nodes (never innerHTML), and event-handler attributes are refused,
// so customer text, names and notes can never become markup or script. The one exception is `sanitizedHtml`, for
// Markdown the server rendered with knowledge/http/render-markdown.ts (raw HTML escaped, links checked).
import { translateElement } from './i18n.js';

/** @typedef {Node | string | number | null | undefined | false} Leaf */
/** @typedef {Leaf | ReadonlyArray<Leaf | ReadonlyArray<Leaf | ReadonlyArray<Leaf>>>} Child what h() and fill() take: text, nodes, lists of them */
/**
 * @typedef {{ class?: string, dataset?: Record<string, string>, text?: string | number } &
 *   Record<string, string | number | boolean | null | undefined | Record<string, string>>} Props
 */

/**
 * h('li', { class: 'line' }, 'text', childNode) creates an element. Props: class, dataset, text; anything else is a
 * plain attribute (data-i18n… attributes are translated at once). `on…` attributes are refused: wire events with
 * addEventListener. Mark what people wrote (customer text, names, articles) with translate: 'no'.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props} [props]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  let translatable = false;
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(key)) throw new Error(`refusing event-handler attribute ${key}`);
    if (key === 'class') el.className = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'text') el.textContent = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
    if (key.startsWith('data-i18n')) translatable = true;
  }
  if (translatable) translateElement(el);
  append(el, children);
  return el;
}

/** Replaces an element's children (text as text; null, undefined and false left out). */
export function fill(/** @type {Element} */ el, /** @type {Child[]} */ ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** @template {Element} E @param {E} el @param {Child[]} children @returns {E} */
export function append(el, children) {
  for (const child of /** @type {Leaf[]} */ (children.flat(3))) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * The element with this id, of this type: $('reply-text', HTMLTextAreaElement).
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @param {new (...args: any[]) => T} [type]
 * @returns {T}
 */
export function $(id, type) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  if (type && !(el instanceof type)) throw new Error(`#${id} is not a ${type.name}`);
  return /** @type {T} */ (el);
}

/** Every element matching `selector` under `root`, of this type. */
export function all(/** @type {string} */ selector, root = /** @type {ParentNode} */ (document)) {
  return /** @type {HTMLElement[]} */ ([...root.querySelectorAll(selector)]);
}

export function show(/** @type {HTMLElement} */ el, /** @type {boolean} */ visible) {
  el.hidden = !visible;
}

/** A select's options from [value, label] pairs; labels set as text (agent names come from people). */
export function setOptions(/** @type {HTMLSelectElement} */ select, /** @type {Array<[string, string]>} */ options) {
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, text]) => new Option(text, value)));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}

/**
 * An element holding Markdown the server rendered and sanitized (render-markdown.ts). Never pass it anything else.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} html
 * @param {Props} [props]
 */
export function sanitizedHtml(tag, html, props = {}) {
  const el = h(tag, props);
  el.innerHTML = html;
  return el;
}
