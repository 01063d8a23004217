// @ts-check
// The live queue: waiting tickets and tickets in progress, each with its level, its SLA countdown coloured by state,
// the customer, and its place in the queue or who has it.
import { h } from '/assets/dom.js';
import { t, tNodes } from '/assets/i18n.js';
import { ago, countdownText, field, levelClass, queueOrder, slaClass, slaNow } from './format.js';

/** @typedef {import('./types.js').TicketView} TicketView */

/**
 * @param {{ waitingEl: HTMLElement, assignedEl: HTMLElement, tickets: Map<string, TicketView>, selectedId: string | null,
 *   onSelect: (id: string) => void }} queue
 */
export function renderQueue({ waitingEl, assignedEl, tickets, selectedId, onSelect }) {
  const all = [...tickets.values()];
  const waiting = all.filter((ticket) => ticket.status === 'queued').sort(queueOrder);
  const assigned = all.filter((ticket) => ticket.status === 'assigned').sort(queueOrder);
  const item = (/** @type {TicketView} */ ticket) => queueItem(ticket, ticket.id === selectedId, onSelect);
  waitingEl.replaceChildren(...(waiting.length ? waiting.map(item) : [h('li', { class: 'empty' }, t('console.queue.nobodyWaiting'))]));
  assignedEl.replaceChildren(...(assigned.length ? assigned.map(item) : [h('li', { class: 'empty' }, t('console.queue.nothingInProgress'))]));
}

/** @param {TicketView} ticket @param {boolean} selected @param {(id: string) => void} onSelect */
function queueItem(ticket, selected, onSelect) {
  const clock = slaNow(ticket.sla);
  const where =
    ticket.status === 'queued'
      ? tNodes('console.queue.position', { position: ticket.queuePosition ?? '…', group: h('span', { translate: 'no' }, ticket.skillGroup) })
      : tNodes('console.queue.with', { name: h('span', { translate: 'no' }, ticket.assignee?.name ?? '—') });
  const customer = ticket.customer?.name || ticket.customer?.id;
  const li = h(
    'li',
    { class: `${slaClass(clock.state)}${selected ? ' selected' : ''}`, dataset: { ticketId: ticket.id }, tabindex: 0 },
    h(
      'div',
      { class: 'row' },
      h('span', {}, h('span', { class: levelClass(ticket.level) }, ticket.level), ' ', h('strong', { translate: 'no' }, ticket.id)),
      h('span', { class: `countdown ${slaClass(clock.state)}`, dataset: { countdown: ticket.id } }, countdownText(clock)),
    ),
    h(
      'div',
      { class: 'row' },
      customer ? h('span', { class: 'who', translate: 'no' }, customer) : h('span', { class: 'who' }, t('console.customer')),
      h('span', { class: 'muted' }, `${field('category', ticket.category)} · ${field('channel', ticket.channel)}`),
    ),
    h('div', { class: 'row muted' }, h('span', {}, where), h('span', {}, ago(ticket.queuedAt))),
  );
  li.addEventListener('click', () => onSelect(ticket.id));
  li.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') onSelect(ticket.id);
  });
  return li;
}

/**
 * Every second: recompute each countdown on the page from its ticket's due time, colours included.
 * @param {ParentNode} root
 * @param {(id: string) => TicketView | undefined} findTicket
 */
export function tickCountdowns(root, findTicket) {
  for (const el of root.querySelectorAll('[data-countdown]')) {
    if (!(el instanceof HTMLElement)) continue;
    const ticket = findTicket(el.dataset.countdown ?? '');
    if (!ticket) continue;
    const clock = slaNow(ticket.sla);
    el.textContent = countdownText(clock);
    el.className = `countdown ${slaClass(clock.state)}`;
    const item = el.closest('li[data-ticket-id]');
    if (item) {
      item.classList.remove('sla-ok', 'sla-warning', 'sla-breached', 'sla-paused', 'sla-stopped');
      item.classList.add(slaClass(clock.state));
    }
  }
}
