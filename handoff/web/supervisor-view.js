// @ts-check
// The supervisor's floor: each queue's load by level and its oldest wait, agents with presence and load, breaches.
import { h } from '/assets/dom.js';
import { t, time, tNodes } from '/assets/i18n.js';
import { ago, field, levelClass } from './format.js';

/** @typedef {import('./types.js').SupervisorOverview} SupervisorOverview */

/** What people named (teams, agents, customers): shown as written, never translated. */
const named = (/** @type {string} */ text) => h('span', { translate: 'no' }, text);

/** @param {HTMLElement} queuesEl @param {HTMLElement} agentsEl @param {HTMLElement} breachesEl */
export function renderOverview(queuesEl, agentsEl, breachesEl, /** @type {SupervisorOverview} */ overview, /** @type {{ onOpenTicket: (id: string) => void }} */ { onOpenTicket }) {
  const headings = (/** @type {string[]} */ titles) => h('tr', {}, ...titles.map((title) => h('th', {}, title)));
  queuesEl.replaceChildren(
    headings([
      t('console.supervisor.team'),
      ...['L1', 'L2', 'L3'].map((level) => t('console.supervisor.waiting', { level })),
      t('console.supervisor.inProgress'),
      t('console.supervisor.oldestWait'),
      t('console.supervisor.agentsOnline'),
    ]),
    ...overview.queues.map((q) =>
      h(
        'tr',
        {},
        h('td', {}, named(q.name)),
        h('td', {}, String(q.queued.L1)),
        h('td', {}, String(q.queued.L2)),
        h('td', {}, String(q.queued.L3)),
        h('td', {}, String(q.assigned)),
        h('td', {}, q.oldestQueuedAt ? ago(q.oldestQueuedAt) : '—'),
        h('td', {}, String(q.agentsOnline)),
      ),
    ),
  );
  agentsEl.replaceChildren(
    headings(['agent', 'presence', 'lastSeen', 'teams', 'tickets'].map((column) => t(/** @type {import('/assets/i18n.js').TextKey} */ (`console.supervisor.${column}`)))),
    ...overview.agents.map((a) =>
      h(
        'tr',
        {},
        h('td', {}, named(a.name)),
        h('td', {}, a.online ? t('console.supervisor.online') : t('console.supervisor.offline')),
        h('td', {}, a.lastSeenAt ? time(a.lastSeenAt) : '—'),
        h('td', {}, named(a.effectiveGroups.join(', '))),
        h('td', {}, String(a.load)),
      ),
    ),
  );
  const breaches = overview.breaches.map((ticket) => {
    const li = h(
      'li',
      { tabindex: 0 },
      h('span', { class: levelClass(ticket.level) }, ticket.level),
      ' ',
      h('strong', { translate: 'no' }, ticket.id),
      ` · ${field('status', ticket.status)} · `,
      named(ticket.skillGroup),
      ' · ',
      named(ticket.customer.name || ticket.customer.id),
      ' · ',
      ticket.assignee ? tNodes('console.supervisor.with', { name: named(ticket.assignee.name) }) : t('console.supervisor.unassigned'),
    );
    li.addEventListener('click', () => onOpenTicket(ticket.id));
    return li;
  });
  breachesEl.replaceChildren(...(breaches.length ? breaches : [h('li', { class: 'muted' }, t('console.supervisor.noBreaches'))]));
}
