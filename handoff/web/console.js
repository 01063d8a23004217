// @ts-check
// The agent console: the live queue, one ticket at a time, and the supervisor's view. All state lives in the closure
// of startConsole(); the server is the source of truth and the live feed says when to look again. Signing in and out,
// the language and the API client are the staff pages' shared modules in /assets/.
import { api, ApiError, ticketPath } from '/assets/api.js';
import { $, all, show } from '/assets/dom.js';
import { onLocaleChange, t } from '/assets/i18n.js';
import { startStaffPage } from '/assets/session.js';
import { failed, toast } from '/assets/toast.js';
import { connectLive } from './live.js';
import { renderQueue, tickCountdowns } from './queue-view.js';
import { createReportsView } from './reports-view.js';
import { renderOverview } from './supervisor-view.js';
import { closeTicket, renderSuggestions, renderTicket } from './ticket-view.js';

/** @typedef {import('./types.js').TicketView} TicketView */
/** @typedef {import('./types.js').TicketDetail} TicketDetail */
/** @typedef {import('./types.js').ConsoleSettings} ConsoleSettings */
/** @typedef {import('./types.js').SupervisorOverview} SupervisorOverview */
/** @typedef {import('./types.js').LiveEvent} LiveEvent */
/** @typedef {import('./live.js').LiveState} LiveState */
/** @typedef {import('/assets/session.js').User} User */

const CONSOLE_ROLES = ['agent', 'supervisor', 'admin'];
const LIVE_TEXT = /** @type {const} */ ({ connecting: 'console.live.connecting', live: 'console.live.live', reconnecting: 'console.live.reconnecting' });

function startConsole() {
  const state = {
    user: /** @type {User | null} */ (null),
    settings: /** @type {ConsoleSettings | null} */ (null),
    tickets: /** @type {Map<string, TicketView>} */ (new Map()),
    filter: 'open',
    selectedId: /** @type {string | null} */ (null),
    detail: /** @type {TicketDetail | null} */ (null),
    overview: /** @type {SupervisorOverview | null} */ (null),
    suggestionsFor: /** @type {string | null} */ (null),
    suggestions: /** @type {import('./types.js').SuggestedArticle[]} */ ([]),
    view: 'desk',
    live: /** @type {LiveState} */ ('connecting'),
    stopLive: /** @type {(() => void) | null} */ (null),
    timers: /** @type {Array<ReturnType<typeof setInterval>>} */ ([]),
  };
  const replyText = $('reply-text', HTMLTextAreaElement);
  const reports = createReportsView();

  // ---- small helpers -------------------------------------------------------------------------------------------
  // Runs fn once within ms however many events ask for it (a steady stream must not postpone it forever).
  const pending = new Set();
  function soon(/** @type {string} */ key, /** @type {() => unknown} */ fn, ms = 250) {
    if (pending.has(key)) return;
    pending.add(key);
    setTimeout(() => {
      pending.delete(key);
      void fn();
    }, ms);
  }

  async function act(/** @type {() => Promise<void>} */ run) {
    try {
      await run();
    } catch (err) {
      failed(err);
    }
  }

  // ---- entering and leaving ------------------------------------------------------------------------------------
  function leave() {
    state.stopLive?.();
    state.stopLive = null;
    state.timers.forEach(clearInterval);
    state.timers = [];
    state.user = null;
    state.tickets.clear();
    for (const id of ['desk-view', 'supervisor-view', 'reports-view', 'tabs', 'me']) show($(id), false);
    show($('login-view'), true);
  }

  async function enter(/** @type {User} */ user) {
    if (!user.roles.some((r) => CONSOLE_ROLES.includes(r))) return t('console.notForYou');
    state.user = user;
    const settings = /** @type {ConsoleSettings} */ (await api('GET', '/api/handoff/settings'));
    state.settings = settings;
    show($('login-view'), false);
    show($('me'), true);
    show($('tabs'), true);
    show($('tab-supervisor'), settings.me.supervisor);
    // Reports read every team's numbers: supervisors and admins (the API says the same).
    show($('tab-reports'), user.roles.some((r) => r === 'supervisor' || r === 'admin'));
    $('me-name').textContent = user.name;
    switchView('desk');

    await heartbeat();
    state.timers.push(setInterval(heartbeat, settings.heartbeatSeconds * 1000));
    state.timers.push(setInterval(() => tickCountdowns(document, (id) => (state.detail?.id === id ? state.detail : state.tickets.get(id))), 1000));
    state.stopLive = connectLive({
      onEvent: onLiveEvent,
      onState: (live) => {
        state.live = live;
        $('live-status').textContent = t(LIVE_TEXT[live]);
      },
      onReconnect: () => {
        void loadQueue();
        if (state.selectedId) void loadTicket(state.selectedId);
      },
    });
    await loadQueue();
    const fromHash = new URLSearchParams(location.hash.slice(1)).get('ticket');
    if (fromHash) await select(fromHash);
  }

  async function heartbeat() {
    try {
      const { agent } = await api('POST', '/api/handoff/heartbeat');
      $('presence').classList.toggle('online', agent.online);
    } catch {
      $('presence').classList.remove('online');
    }
  }

  // ---- the queue -----------------------------------------------------------------------------------------------
  function inFilter(/** @type {TicketView} */ ticket) {
    if (ticket.status !== 'queued' && ticket.status !== 'assigned') return false;
    return state.filter !== 'mine' || ticket.assignee?.id === state.user?.id;
  }

  async function loadQueue() {
    try {
      const query = state.filter === 'mine' ? '?status=assigned&mine=true' : '?status=open';
      const { tickets } = await api('GET', `/api/tickets${query}`);
      state.tickets = new Map(tickets.map((/** @type {TicketView} */ ticket) => [ticket.id, ticket]));
      drawQueue();
    } catch (err) {
      failed(err);
    }
  }

  function drawQueue() {
    renderQueue({
      waitingEl: $('queue-waiting'),
      assignedEl: $('queue-assigned'),
      tickets: state.tickets,
      selectedId: state.selectedId,
      onSelect: (id) => void select(id),
    });
  }

  function onLiveEvent(/** @type {LiveEvent} */ event) {
    if (event.type === 'ready') return;
    if (event.type.startsWith('agent.')) {
      soon('settings', async () => {
        state.settings = await api('GET', '/api/handoff/settings').catch(() => state.settings);
      });
      if (state.view === 'supervisor') soon('overview', loadOverview);
      return;
    }
    if (event.type === 'ticket.gone' && event.ticketId) {
      state.tickets.delete(event.ticketId);
      drawQueue();
      if (state.selectedId === event.ticketId) deselect();
      return;
    }
    const ticket = event.ticket;
    if (ticket) {
      // Shown at once from the event; queue positions of the others are refreshed right after.
      if (inFilter(ticket)) state.tickets.set(ticket.id, { ...state.tickets.get(ticket.id), ...ticket });
      else state.tickets.delete(ticket.id);
      drawQueue();
      soon('queue', loadQueue, 400);
    }
    const id = event.ticketId ?? '';
    if (event.type === 'ticket.created') toast(t('console.toast.newTicket', { id, level: ticket?.level ?? '' }));
    if (event.type === 'sla.breached') toast(t('console.toast.breached', { id }), 'bad');
    if (event.type === 'ticket.released' && ticket?.assignee === null) toast(t('console.toast.requeued', { id }));
    // A progress update is due soon on my ticket: a reply of mine replaces the automatic one.
    if (event.type === 'progress.reminder' && ticket?.assignee?.id === state.user?.id) toast(t('console.toast.progressDue', { id }));
    if (id && id === state.selectedId) soon('detail', () => loadTicket(id), 100);
    if (state.view === 'supervisor') soon('overview', loadOverview);
  }

  // ---- one ticket ----------------------------------------------------------------------------------------------
  async function select(/** @type {string} */ id) {
    state.selectedId = id;
    state.suggestionsFor = null;
    history.replaceState(null, '', `#ticket=${encodeURIComponent(id)}`);
    if (state.view !== 'desk') switchView('desk');
    drawQueue();
    await loadTicket(id);
  }

  function deselect() {
    state.selectedId = null;
    state.detail = null;
    history.replaceState(null, '', '#');
    closeTicket();
    drawQueue();
  }

  async function loadTicket(/** @type {string} */ id) {
    try {
      const detail = /** @type {TicketDetail} */ (await api('GET', ticketPath(id)));
      if (state.selectedId !== id || !state.settings) return;
      state.detail = detail;
      renderTicket(detail, { settings: state.settings });
      const about = detail.lastCustomerMessage ?? '';
      if (state.suggestionsFor !== about) {
        state.suggestionsFor = about;
        state.suggestions = (await api('GET', ticketPath(id, '/suggestions'))).articles;
        drawSuggestions();
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        toast(t('console.toast.unavailable', { id }), 'bad');
        deselect();
        return;
      }
      failed(err);
    }
  }

  function drawSuggestions() {
    renderSuggestions(state.suggestions, (answer) => {
      replyText.value = answer;
      replyText.focus();
    });
  }

  /** Runs an action on the selected ticket, says what it did and shows the ticket as it is now. */
  function ticketAction(/** @type {string} */ buttonId, /** @type {(id: string) => Promise<string | undefined>} */ run) {
    $(buttonId).addEventListener('click', () =>
      act(async () => {
        const id = state.selectedId;
        if (!id) return;
        const done = await run(id);
        if (done === undefined) return;
        toast(done);
        await loadTicket(id);
      }),
    );
  }

  function wireTicketActions() {
    ticketAction('claim-button', async (id) => {
      await api('POST', ticketPath(id, '/claim'));
      return t('console.toast.claimed', { id });
    });
    ticketAction('transfer-button', async (id) => {
      const [kind, ...rest] = $('transfer-target', HTMLSelectElement).value.split(':');
      const target = rest.join(':');
      if (!target) return undefined;
      await api('POST', ticketPath(id, '/transfer'), kind === 'group' ? { group: target } : { agentId: target });
      return t('console.toast.transferred', { id });
    });
    ticketAction('return-button', async (id) => {
      await api('POST', ticketPath(id, '/return-to-bot'), {});
      return t('console.toast.returned', { id });
    });
    ticketAction('resolve-button', async (id) => {
      const noteInput = $('resolve-note', HTMLInputElement);
      const note = noteInput.value.trim();
      await api('POST', ticketPath(id, '/resolve'), { code: $('resolve-code', HTMLSelectElement).value, ...(note ? { note } : {}) });
      noteInput.value = '';
      return t('console.toast.resolved', { id });
    });
    composer('reply-form', 'reply-text', '/messages');
    composer('note-form', 'note-text', '/notes');
    composer('coach-form', 'coach-text', '/coaching');
  }

  function composer(/** @type {string} */ formId, /** @type {string} */ textId, /** @type {string} */ suffix) {
    const form = $(formId, HTMLFormElement);
    const textarea = $(textId, HTMLTextAreaElement);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = textarea.value.trim();
      const id = state.selectedId;
      if (!text || !id) return;
      void act(async () => {
        await api('POST', ticketPath(id, suffix), { text });
        textarea.value = '';
        await loadTicket(id);
      });
    });
    // Enter sends, Shift+Enter starts a new line.
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  // ---- views ---------------------------------------------------------------------------------------------------
  function switchView(/** @type {string} */ view) {
    state.view = view;
    show($('desk-view'), view === 'desk');
    show($('supervisor-view'), view === 'supervisor');
    show($('reports-view'), view === 'reports');
    for (const tab of all('.tab')) tab.classList.toggle('active', tab.dataset.view === view);
    if (view === 'supervisor') void loadOverview();
    if (view === 'reports') void reports.open({ groups: state.settings?.groups ?? [], onError: failed }).catch(failed);
  }

  async function loadOverview() {
    try {
      state.overview = await api('GET', '/api/handoff/overview');
      drawOverview();
    } catch (err) {
      failed(err);
    }
  }

  function drawOverview() {
    if (!state.overview) return;
    renderOverview($('sup-queues'), $('sup-agents'), $('sup-breaches'), state.overview, { onOpenTicket: (id) => void select(id) });
  }

  /** A new language: everything drawn from data is drawn again (the page's static labels are translated in place). */
  function redraw() {
    if (!state.user) return;
    $('live-status').textContent = t(LIVE_TEXT[state.live]);
    drawQueue();
    if (state.detail && state.settings) renderTicket(state.detail, { settings: state.settings });
    if (state.selectedId) drawSuggestions();
    if (state.view === 'supervisor') drawOverview();
    if (state.view === 'reports') void reports.redraw();
  }

  // ---- start ---------------------------------------------------------------------------------------------------
  for (const tab of all('.tab')) tab.addEventListener('click', () => switchView(tab.dataset.view ?? 'desk'));
  const filter = $('queue-filter', HTMLSelectElement);
  filter.addEventListener('change', () => {
    state.filter = filter.value;
    void loadQueue();
  });
  wireTicketActions();
  onLocaleChange(redraw);

  void startStaffPage({ enter, leave });
}

startConsole();
