// The live queue: waiting tickets and tickets in progress, each with its level, its SLA countdown coloured by state,
// the customer, and its place in the queue or who has it.
import { h } from './dom.js';
import { ago, countdownText, levelClass, queueOrder, slaClass, slaNow } from './format.js';

export function renderQueue({ waitingEl, assignedEl, tickets, selectedId, onSelect }) {
  const all = [...tickets.values()];
  const waiting = all.filter((t) => t.status === 'queued').sort(queueOrder);
  const assigned = all.filter((t) => t.status === 'assigned').sort(queueOrder);
  const item = (t) => queueItem(t, t.id === selectedId, onSelect);
  waitingEl.replaceChildren(...(waiting.length ? waiting.map(item) : [h('li', { class: 'empty' }, 'Nobody is waiting.')]));
  assignedEl.replaceChildren(...(assigned.length ? assigned.map(item) : [h('li', { class: 'empty' }, 'Nothing in progress.')]));
}

function queueItem(ticket, selected, onSelect) {
  const clock = slaNow(ticket.sla);
  const where = ticket.status === 'queued' ? `#${ticket.queuePosition ?? '…'} in ${ticket.skillGroup}` : `with ${ticket.assignee?.name ?? '—'}`;
  const li = h(
    'li',
    { class: `${slaClass(clock.state)}${selected ? ' selected' : ''}`, dataset: { ticketId: ticket.id }, tabindex: 0 },
    h(
      'div',
      { class: 'row' },
      h('span', {}, h('span', { class: levelClass(ticket.level) }, ticket.level), ' ', h('strong', {}, ticket.id)),
      h('span', { class: `countdown ${slaClass(clock.state)}`, dataset: { countdown: ticket.id } }, countdownText(clock)),
    ),
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'who' }, ticket.customer?.name || ticket.customer?.id || 'Customer'),
      h('span', { class: 'muted' }, `${ticket.category} · ${ticket.channel}`),
    ),
    h('div', { class: 'row muted' }, h('span', {}, where), h('span', {}, ago(ticket.queuedAt))),
  );
  li.addEventListener('click', () => onSelect(ticket.id));
  li.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') onSelect(ticket.id);
  });
  return li;
}

/** Every second: recompute each countdown on the page from its ticket's due time, colours included. */
export function tickCountdowns(root, findTicket) {
  for (const el of root.querySelectorAll('[data-countdown]')) {
    const ticket = findTicket(el.dataset.countdown);
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
