// The supervisor's floor: each queue's load by level and its oldest wait, agents with presence and load, breaches.
import { $, h } from './dom.js';
import { ago, levelClass, time } from './format.js';

export function renderOverview(overview, { onOpenTicket }) {
  $('sup-queues').replaceChildren(
    h('tr', {}, ...['Team', 'L1 waiting', 'L2 waiting', 'L3 waiting', 'In progress', 'Oldest wait', 'Agents online'].map((t) => h('th', {}, t))),
    ...overview.queues.map((q) =>
      h(
        'tr',
        {},
        h('td', {}, q.name),
        h('td', {}, String(q.queued.L1)),
        h('td', {}, String(q.queued.L2)),
        h('td', {}, String(q.queued.L3)),
        h('td', {}, String(q.assigned)),
        h('td', {}, q.oldestQueuedAt ? ago(q.oldestQueuedAt) : '—'),
        h('td', {}, String(q.agentsOnline)),
      ),
    ),
  );
  $('sup-agents').replaceChildren(
    h('tr', {}, ...['Agent', 'Presence', 'Last seen', 'Teams', 'Tickets'].map((t) => h('th', {}, t))),
    ...overview.agents.map((a) =>
      h(
        'tr',
        {},
        h('td', {}, a.name),
        h('td', {}, a.online ? 'online' : 'offline'),
        h('td', {}, a.lastSeenAt ? time(a.lastSeenAt) : '—'),
        h('td', {}, a.effectiveGroups.join(', ')),
        h('td', {}, String(a.load)),
      ),
    ),
  );
  const breaches = overview.breaches.map((t) => {
    const li = h(
      'li',
      { tabindex: 0 },
      h('span', { class: levelClass(t.level) }, t.level),
      ' ',
      h('strong', {}, t.id),
      ` · ${t.status} · ${t.skillGroup} · `,
      t.customer.name || t.customer.id,
      t.assignee ? ` · with ${t.assignee.name}` : ' · unassigned',
    );
    li.addEventListener('click', () => onOpenTicket(t.id));
    return li;
  });
  $('sup-breaches').replaceChildren(...(breaches.length ? breaches : [h('li', { class: 'muted' }, 'No breaches.')]));
}
