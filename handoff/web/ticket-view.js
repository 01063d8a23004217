// @ts-check
// One ticket: header with its SLA clock, the actions this person may take, the conversation (customer, bot turns
// marked and shown as the customer saw them, agents, internal notes), and beside it the reasons, the customer's
// profile and recent tickets, and suggested articles. What customers, agents and editors wrote is set as text and
// marked translate="no"; the only HTML is the server's sanitized rendering of the bot's and the articles' Markdown.
import { $, fill, h, sanitizedHtml, setOptions, show } from '/assets/dom.js';
import { t, time, tNodes } from '/assets/i18n.js';
import { clockLabel, countdownText, field, languageLabel, levelClass, roleClass, roleLabel, slaClass, slaNow } from './format.js';

/** @typedef {import('./types.js').TicketDetail} TicketDetail */
/** @typedef {import('./types.js').ConsoleSettings} ConsoleSettings */
/** @typedef {import('./types.js').SuggestedArticle} SuggestedArticle */

/** What people wrote or named: shown as written, never translated. */
const named = (/** @type {string} */ text, tag = /** @type {'span' | 'strong' | 'q' | 'dd'} */ ('span')) => h(tag, { translate: 'no' }, text);

export function renderTicket(/** @type {TicketDetail} */ detail, /** @type {{ settings: ConsoleSettings }} */ { settings }) {
  show($('ticket-placeholder'), false);
  show($('ticket'), true);
  show($('context-pane'), true);

  const who = detail.customer.name || detail.customer.id;
  $('ticket-title').replaceChildren(h('span', { class: levelClass(detail.level) }, detail.level), ' ', named(detail.id), ' — ', named(who));
  const handler = detail.assignee
    ? tNodes('console.ticket.handledBy', { name: named(detail.assignee.name) })
    : detail.reservedFor
      ? tNodes('console.ticket.transferredTo', { name: named(detail.reservedFor.name) })
      : t('console.ticket.unassigned');
  // The customer wrote last from another of their conversations (joined from another channel): replies go there.
  const repliesTo = detail.replyTo.conversationId !== detail.conversationId ? t('console.ticket.repliesTo', { channel: field('channel', detail.replyTo.channel) }) : null;
  const meta = [field('status', detail.status), named(detail.skillGroup), field('category', detail.category), field('channel', detail.channel), repliesTo, languageLabel(detail.lang), handler].filter(
    (part) => part !== null,
  );
  fill($('ticket-meta'), ...meta.flatMap((part, i) => (i === 0 ? [part] : [' · ', part])));
  renderSla(detail);
  renderActions(detail, settings);
  renderConversation(detail);
  renderContext(detail);
}

function renderSla(/** @type {TicketDetail} */ detail) {
  const clock = slaNow(detail.sla);
  fill(
    $('ticket-sla'),
    h('div', { class: 'muted' }, clock.state === 'stopped' ? t('console.sla') : clockLabel(detail.sla)),
    h('div', { class: `countdown ${slaClass(clock.state)}`, dataset: { countdown: detail.id } }, countdownText(clock)),
    detail.sla.escalations > 0 ? h('div', { class: 'muted' }, t('console.ticket.escalated', { count: detail.sla.escalations })) : null,
  );
}

function renderActions(/** @type {TicketDetail} */ detail, /** @type {ConsoleSettings} */ settings) {
  const can = new Set(detail.allowedActions);
  show($('claim-button'), can.has('claim'));
  show($('transfer-box'), can.has('transfer'));
  show($('return-button'), can.has('return-to-bot'));
  show($('resolve-box'), can.has('resolve'));
  show($('reply-form'), can.has('message'));
  show($('note-form'), can.has('note'));
  show($('coach-form'), can.has('coach'));
  show($('ticket-actions'), can.has('claim') || can.has('transfer') || can.has('return-to-bot') || can.has('resolve'));

  /** @type {Array<[string, string]>} */
  const groups = settings.groups.filter((g) => g.id !== detail.skillGroup).map((g) => [`group:${g.id}`, t('console.ticket.transferGroup', { name: g.name })]);
  /** @type {Array<[string, string]>} */
  const agents = settings.agents
    .filter((a) => a.id !== settings.me.id)
    .map((a) => [`agent:${a.id}`, t(a.online ? 'console.ticket.transferAgent' : 'console.ticket.transferAgentOffline', { name: a.name })]);
  const targets = [...groups, ...agents];
  // Team and agent names are what people named them: the options are not translated.
  const transfer = $('transfer-target', HTMLSelectElement);
  setOptions(transfer, targets.length ? targets : [['', t('console.ticket.noTransferTarget')]]);
  transfer.setAttribute('translate', targets.length ? 'no' : 'yes');
  $('transfer-button', HTMLButtonElement).disabled = targets.length === 0;
  setOptions($('resolve-code', HTMLSelectElement), settings.resolutionCodes.map((code) => [code, field('resolution', code)]));
}

/**
 * @typedef {{ kind: 'line' | 'note' | 'coaching', role: string, text: string, html?: string, at: string, author?: string, channel?: string }} Line
 */

/** The transcript with the ticket's own history woven in by time: agent messages and internal notes. */
function conversationLines(/** @type {TicketDetail} */ detail) {
  /** @type {Line[]} */
  const lines = detail.transcript.map((l) => ({ kind: 'line', role: l.role, text: l.text, html: l.html, at: l.timestamp, channel: l.channel }));
  const delivered = new Set(detail.transcript.filter((l) => l.role === 'agent').map((l) => l.text));
  for (const entry of detail.history) {
    if (entry.kind === 'agent-message') {
      // Normally already in the transcript (the channel recorded it); shown from the history only when it is not.
      if (!delivered.has(entry.text)) lines.push({ kind: 'line', role: 'agent', text: entry.text, at: entry.at, author: entry.author.name });
    } else {
      lines.push({ kind: entry.kind, role: 'system', text: entry.text, at: entry.at, author: entry.author.name });
    }
  }
  return lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function renderConversation(/** @type {TicketDetail} */ detail) {
  const items = conversationLines(detail).map((line) => {
    if (line.kind === 'note' || line.kind === 'coaching') {
      const kind = line.kind === 'note' ? t('console.ticket.note') : t('console.ticket.coaching');
      const by = tNodes('console.ticket.noteLine', { kind, author: named(line.author ?? ''), time: time(line.at) });
      return h('li', { class: `line kind-${line.kind}` }, h('span', { class: 'by' }, by), named(line.text));
    }
    /** @type {import('/assets/dom.js').Leaf[]} */
    const by = [
      line.role === 'bot' ? h('span', { class: 'badge' }, t('console.ticket.botBadge')) : null,
      line.author ? named(line.author) : roleLabel(line.role),
      ' · ',
      time(line.at),
      // A ticket followed on several channels: say where each line was said.
      line.channel ? ` · ${field('channel', line.channel)}` : null,
    ];
    // A bot turn reads as the customer saw it (its Markdown rendered); everything else is exactly what was typed.
    const said = line.html !== undefined ? sanitizedHtml('div', line.html, { class: 'markdown', translate: 'no' }) : named(line.text);
    return h('li', { class: `line ${roleClass(line.role)}` }, h('span', { class: 'by' }, by), said);
  });
  // Follow the conversation as it grows, unless the agent scrolled up to read.
  const pane = $('ticket-pane');
  const transcript = $('transcript');
  const following = pane.scrollHeight - pane.scrollTop - pane.clientHeight < 80 || transcript.childElementCount === 0;
  transcript.replaceChildren(...(items.length ? items : [h('li', { class: 'muted' }, t('console.ticket.noMessages'))]));
  if (following) pane.scrollTop = pane.scrollHeight;
}

function renderContext(/** @type {TicketDetail} */ detail) {
  // Reasons are the policy's rule ids and descriptions (an administrator's words) and the customer's own words.
  $('reasons').replaceChildren(
    ...detail.reasons.map((r) =>
      h('li', { translate: 'no' }, h('span', { class: 'code' }, r.code), r.detail ? ` — ${r.detail}` : '', ...(r.evidence ?? []).map((e) => h('q', {}, e))),
    ),
  );
  const c = detail.customer;
  /** @type {Array<[import('/assets/i18n.js').TextKey, string | undefined, boolean]>} [label, value, is it what someone wrote] */
  const profile = [
    ['console.context.name', c.name, true],
    ['console.context.email', c.email, true],
    ['console.context.tier', c.tier && field('tier', c.tier), false],
    ['console.context.customerId', c.id, true],
    ['console.context.channel', field('channel', detail.channel), false],
    ['console.context.language', languageLabel(detail.lang), false],
    ['console.context.conversationId', detail.conversationId, true],
  ];
  $('customer').replaceChildren(
    ...profile.filter(([, value]) => value).flatMap(([label, value, written]) => [h('dt', {}, t(label)), written ? named(value ?? '', 'dd') : h('dd', {}, value)]),
  );
  const past = detail.recentTickets.map((ticket) =>
    h(
      'li',
      {},
      named(ticket.id, 'strong'),
      ` · ${field('status', ticket.status)} · ${field('category', ticket.category)} · ${time(ticket.createdAt)}`,
      ticket.resolutionCode ? ` · ${field('resolution', ticket.resolutionCode)}` : '',
      ticket.surveyScore ? ` · ${t('console.context.csat', { score: ticket.surveyScore })}` : '',
    ),
  );
  $('past-tickets').replaceChildren(...(past.length ? past : [h('li', { class: 'muted' }, t('console.context.noRecent'))]));
}

/**
 * Articles that may answer the customer, as customers would read them; "use in reply" puts the answer's text (not its
 * Markdown: agent replies are sent as plain text) into the reply box.
 * @param {SuggestedArticle[]} articles
 * @param {(text: string) => void} onUse
 */
export function renderSuggestions(articles, onUse) {
  const items = articles.map((article) => {
    const answer = article.html !== undefined ? sanitizedHtml('div', article.html, { class: 'answer markdown', translate: 'no' }) : h('div', { class: 'answer', translate: 'no' }, article.answer);
    const use = h('button', { type: 'button' }, t('console.context.useInReply'));
    use.addEventListener('click', () => onUse(article.html !== undefined ? plainText(article.html) : article.answer));
    return h('li', {}, named(article.title, 'strong'), answer, use);
  });
  $('suggestions').replaceChildren(...(items.length ? items : [h('li', { class: 'muted' }, t('console.context.noSuggestions'))]));
}

/** The text of sanitized HTML, paragraphs and list items on lines of their own, parsed in an inert document. */
function plainText(/** @type {string} */ html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const block of doc.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, br')) block.append('\n');
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

export function closeTicket() {
  show($('ticket'), false);
  show($('context-pane'), false);
  show($('ticket-placeholder'), true);
}
