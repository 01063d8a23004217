// Building DOM safely: text always goes in as text nodes (never innerHTML), and event-handler attributes are refused,
// so customer text, names and notes can never become markup or script.

/**
 * h('li', { class: 'line' }, 'text', childNode) creates an element. Props: class, dataset, text; anything else is a
 * plain attribute. `on…` attributes are refused: wire events with addEventListener.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(key)) throw new Error(`refusing event-handler attribute ${key}`);
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'text') el.textContent = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function $(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
}

export function show(el, visible) {
  el.hidden = !visible;
}

/** A select's options from [value, label] pairs; labels set as text (agent names come from people). */
export function setOptions(select, options) {
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
}

export function toast(message, kind = '') {
  const box = $('toasts');
  const item = h('div', { class: `toast ${kind}` }, message);
  box.append(item);
  setTimeout(() => item.remove(), 6000);
}
