// One ticket: header with its SLA clock, the actions this person may take, the conversation (customer, bot turns
// marked, agents, internal notes), and beside it the reasons, the customer's profile and recent tickets, and
// suggested articles. Every piece of text from customers, agents or the knowledge base is set as text.
import { $, h, setOptions, show } from './dom.js';
import { clockLabel, countdownText, levelClass, ROLE_LABELS, roleClass, slaClass, slaNow, time } from './format.js';

export function renderTicket(detail, { settings }) {
  show($('ticket-placeholder'), false);
  show($('ticket'), true);
  show($('context-pane'), true);

  const who = detail.customer.name || detail.customer.id;
  $('ticket-title').replaceChildren(h('span', { class: levelClass(detail.level) }, detail.level), ' ', detail.id, ' — ', who);
  const handler = detail.assignee ? `handled by ${detail.assignee.name}` : detail.reservedFor ? `transferred to ${detail.reservedFor.name}` : 'unassigned';
  $('ticket-meta').textContent = [detail.status, detail.skillGroup, detail.category, detail.channel, detail.lang, handler].join(' · ');
  renderSla(detail);
  renderActions(detail, settings);
  renderConversation(detail);
  renderContext(detail);
}

function renderSla(detail) {
  const clock = slaNow(detail.sla);
  $('ticket-sla').replaceChildren(
    h('div', { class: 'muted' }, clock.state === 'stopped' ? 'SLA' : `${clockLabel(detail.sla)} due`),
    h('div', { class: `countdown ${slaClass(clock.state)}`, dataset: { countdown: detail.id } }, countdownText(clock)),
    detail.sla.escalations > 0 ? h('div', { class: 'muted' }, `escalated ${detail.sla.escalations}×`) : null,
  );
}

function renderActions(detail, settings) {
  const can = new Set(detail.allowedActions);
  show($('claim-button'), can.has('claim'));
  show($('transfer-box'), can.has('transfer'));
  show($('return-button'), can.has('return-to-bot'));
  show($('resolve-box'), can.has('resolve'));
  show($('reply-form'), can.has('message'));
  show($('note-form'), can.has('note'));
  show($('coach-form'), can.has('coach'));
  show($('ticket-actions'), can.has('claim') || can.has('transfer') || can.has('return-to-bot') || can.has('resolve'));

  const groups = settings.groups.filter((g) => g.id !== detail.skillGroup).map((g) => [`group:${g.id}`, `Team: ${g.name}`]);
  const agents = settings.agents
    .filter((a) => a.id !== settings.me.id)
    .map((a) => [`agent:${a.id}`, `Agent: ${a.name}${a.online ? '' : ' (offline)'}`]);
  const targets = [...groups, ...agents];
  setOptions($('transfer-target'), targets.length ? targets : [['', 'No other team or agent']]);
  $('transfer-button').disabled = targets.length === 0;
  setOptions($('resolve-code'), settings.resolutionCodes.map((code) => [code, code]));
}

/** The transcript with the ticket's own history woven in by time: agent messages and internal notes. */
function conversationLines(detail) {
  const lines = detail.transcript.map((l) => ({ kind: 'line', role: l.role, text: l.text, at: l.timestamp }));
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

function renderConversation(detail) {
  const items = conversationLines(detail).map((line) => {
    if (line.kind === 'note' || line.kind === 'coaching') {
      const label = line.kind === 'note' ? 'Internal note' : 'Coaching note';
      return h('li', { class: `line kind-${line.kind}` }, h('span', { class: 'by' }, `${label} · ${line.author} · ${time(line.at)} · not sent to the customer`), line.text);
    }
    const by = [line.role === 'bot' ? h('span', { class: 'badge' }, 'BOT') : null, line.author ?? ROLE_LABELS[line.role] ?? 'Baton', ' · ', time(line.at)];
    return h('li', { class: `line ${roleClass(line.role)}` }, h('span', { class: 'by' }, by), line.text);
  });
  // Follow the conversation as it grows, unless the agent scrolled up to read.
  const pane = $('ticket-pane');
  const following = pane.scrollHeight - pane.scrollTop - pane.clientHeight < 80 || $('transcript').childElementCount === 0;
  $('transcript').replaceChildren(...(items.length ? items : [h('li', { class: 'muted' }, 'No messages yet.')]));
  if (following) pane.scrollTop = pane.scrollHeight;
}

function renderContext(detail) {
  $('reasons').replaceChildren(
    ...detail.reasons.map((r) =>
      h('li', {}, h('span', { class: 'code' }, r.code), r.detail ? ` — ${r.detail}` : '', ...(r.evidence ?? []).map((e) => h('q', {}, e))),
    ),
  );
  const c = detail.customer;
  const profile = [
    ['Name', c.name],
    ['Email', c.email],
    ['Tier', c.tier],
    ['Customer id', c.id],
    ['Channel', detail.channel],
    ['Language', detail.lang],
    ['Conversation', detail.conversationId],
  ].filter(([, value]) => value);
  $('customer').replaceChildren(...profile.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
  const past = detail.recentTickets.map((t) =>
    h('li', {}, h('strong', {}, t.id), ` · ${t.status} · ${t.category} · ${time(t.createdAt)}`, t.resolutionCode ? ` · ${t.resolutionCode}` : '', t.surveyScore ? ` · CSAT ${t.surveyScore}/5` : ''),
  );
  $('past-tickets').replaceChildren(...(past.length ? past : [h('li', { class: 'muted' }, 'None before this one.')]));
}

export function renderSuggestions(articles, onUse) {
  const items = articles.map((a) => {
    const use = h('button', { type: 'button' }, 'Use in reply');
    use.addEventListener('click', () => onUse(a.answer));
    return h('li', {}, h('strong', {}, a.title), h('div', { class: 'answer' }, a.answer), use);
  });
  $('suggestions').replaceChildren(...(items.length ? items : [h('li', { class: 'muted' }, 'No suggestions.')]));
}

export function closeTicket() {
  show($('ticket'), false);
  show($('context-pane'), false);
  show($('ticket-placeholder'), true);
}
