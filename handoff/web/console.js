// The agent console: sign in, the live queue, one ticket at a time, and the supervisor's view. All state lives in
// the closure of startConsole(); the server is the source of truth and the live feed says when to look again.
import { api, ApiError, ticketPath } from './api.js';
import { $, show, toast } from './dom.js';
import { connectLive } from './live.js';
import { renderQueue, tickCountdowns } from './queue-view.js';
import { renderOverview } from './supervisor-view.js';
import { closeTicket, renderSuggestions, renderTicket } from './ticket-view.js';

const CONSOLE_ROLES = ['agent', 'supervisor', 'admin'];

function startConsole() {
  const state = {
    user: null,
    settings: null,
    tickets: new Map(),
    filter: 'open',
    selectedId: null,
    detail: null,
    suggestionsFor: null,
    view: 'desk',
    stopLive: null,
    timers: [],
  };

  // ---- small helpers -------------------------------------------------------------------------------------------
  // Runs fn once within ms however many events ask for it (a steady stream must not postpone it forever).
  const pending = new Set();
  function soon(key, fn, ms = 250) {
    if (pending.has(key)) return;
    pending.add(key);
    setTimeout(() => {
      pending.delete(key);
      void fn();
    }, ms);
  }

  function failed(err) {
    if (err instanceof ApiError && err.status === 401) return signedOut('Your session ended; sign in again.');
    toast(err.message || String(err), 'bad');
  }

  async function act(run) {
    try {
      await run();
    } catch (err) {
      failed(err);
    }
  }

  // ---- signing in and out --------------------------------------------------------------------------------------
  function signedOut(message = '') {
    state.stopLive?.();
    state.stopLive = null;
    state.timers.forEach(clearInterval);
    state.timers = [];
    state.user = null;
    state.tickets.clear();
    show($('desk-view'), false);
    show($('supervisor-view'), false);
    show($('tabs'), false);
    show($('me'), false);
    show($('login-view'), true);
    $('login-error').textContent = message;
  }

  async function signIn(event) {
    event.preventDefault();
    const form = new FormData($('login-form'));
    $('login-error').textContent = '';
    try {
      const { user } = await api('POST', '/api/auth/login', { email: form.get('email'), password: form.get('password') });
      $('login-form').reset();
      await enter(user);
    } catch (err) {
      $('login-error').textContent = err.message || 'Sign-in failed';
    }
  }

  async function signOut() {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    signedOut();
  }

  async function enter(user) {
    if (!user.roles.some((r) => CONSOLE_ROLES.includes(r))) {
      signedOut('The console is for agents and supervisors; ask an administrator for the agent role.');
      return;
    }
    state.user = user;
    state.settings = await api('GET', '/api/handoff/settings');
    show($('login-view'), false);
    show($('me'), true);
    show($('tabs'), true);
    show($('tab-supervisor'), state.settings.me.supervisor);
    $('me-name').textContent = user.name;
    switchView('desk');

    await heartbeat();
    state.timers.push(setInterval(heartbeat, state.settings.heartbeatSeconds * 1000));
    state.timers.push(setInterval(() => tickCountdowns(document, (id) => (state.detail?.id === id ? state.detail : state.tickets.get(id))), 1000));
    state.stopLive = connectLive({
      onEvent: onLiveEvent,
      onStatus: (text) => ($('live-status').textContent = text),
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
    } catch (err) {
      $('presence').classList.remove('online');
      if (err instanceof ApiError && err.status === 401) signedOut('Your session ended; sign in again.');
    }
  }

  // ---- the queue -----------------------------------------------------------------------------------------------
  function inFilter(ticket) {
    if (ticket.status !== 'queued' && ticket.status !== 'assigned') return false;
    return state.filter !== 'mine' || ticket.assignee?.id === state.user.id;
  }

  async function loadQueue() {
    try {
      const query = state.filter === 'mine' ? '?status=assigned&mine=true' : '?status=open';
      const { tickets } = await api('GET', `/api/tickets${query}`);
      state.tickets = new Map(tickets.map((t) => [t.id, t]));
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

  function onLiveEvent(event) {
    if (event.type === 'ready') return;
    if (event.type.startsWith('agent.')) {
      soon('settings', async () => {
        state.settings = await api('GET', '/api/handoff/settings').catch(() => state.settings);
      });
      if (state.view === 'supervisor') soon('overview', loadOverview);
      return;
    }
    if (event.type === 'ticket.gone') {
      state.tickets.delete(event.ticketId);
      drawQueue();
      if (state.selectedId === event.ticketId) deselect();
      return;
    }
    if (event.ticket) {
      // Shown at once from the event; queue positions of the others are refreshed right after.
      if (inFilter(event.ticket)) state.tickets.set(event.ticket.id, { ...state.tickets.get(event.ticket.id), ...event.ticket });
      else state.tickets.delete(event.ticket.id);
      drawQueue();
      soon('queue', loadQueue, 400);
    }
    if (event.type === 'ticket.created') toast(`New ticket ${event.ticketId} (${event.ticket?.level ?? ''})`);
    if (event.type === 'sla.breached') toast(`SLA breached on ${event.ticketId}`, 'bad');
    if (event.type === 'ticket.released' && event.ticket?.assignee === null) toast(`${event.ticketId} is back in the queue`);
    if (event.ticketId && event.ticketId === state.selectedId) soon('detail', () => loadTicket(state.selectedId), 100);
    if (state.view === 'supervisor') soon('overview', loadOverview);
  }

  // ---- one ticket ----------------------------------------------------------------------------------------------
  async function select(id) {
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

  async function loadTicket(id) {
    try {
      const detail = await api('GET', ticketPath(id));
      if (state.selectedId !== id) return;
      state.detail = detail;
      renderTicket(detail, { settings: state.settings });
      const about = detail.lastCustomerMessage ?? '';
      if (state.suggestionsFor !== about) {
        state.suggestionsFor = about;
        const { articles } = await api('GET', ticketPath(id, '/suggestions'));
        renderSuggestions(articles, (answer) => {
          $('reply-text').value = answer;
          $('reply-text').focus();
        });
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        toast(`Ticket ${id} is not available to you.`, 'bad');
        deselect();
        return;
      }
      failed(err);
    }
  }

  function wireTicketActions() {
    const selected = () => state.selectedId;
    $('claim-button').addEventListener('click', () =>
      act(async () => {
        await api('POST', ticketPath(selected(), '/claim'));
        toast(`You have ${selected()}.`);
        await loadTicket(selected());
      }),
    );
    $('transfer-button').addEventListener('click', () =>
      act(async () => {
        const [kind, ...rest] = $('transfer-target').value.split(':');
        const target = rest.join(':');
        if (!target) return;
        await api('POST', ticketPath(selected(), '/transfer'), kind === 'group' ? { group: target } : { agentId: target });
        toast(`${selected()} transferred.`);
        await loadTicket(selected());
      }),
    );
    $('return-button').addEventListener('click', () =>
      act(async () => {
        await api('POST', ticketPath(selected(), '/return-to-bot'), {});
        toast(`${selected()} is back with the bot.`);
        await loadTicket(selected());
      }),
    );
    $('resolve-button').addEventListener('click', () =>
      act(async () => {
        const note = $('resolve-note').value.trim();
        await api('POST', ticketPath(selected(), '/resolve'), { code: $('resolve-code').value, ...(note ? { note } : {}) });
        $('resolve-note').value = '';
        toast(`${selected()} resolved; the customer gets the survey.`);
        await loadTicket(selected());
      }),
    );
    composer('reply-form', 'reply-text', '/messages');
    composer('note-form', 'note-text', '/notes');
    composer('coach-form', 'coach-text', '/coaching');
  }

  function composer(formId, textId, suffix) {
    const textarea = $(textId);
    $(formId).addEventListener('submit', (event) => {
      event.preventDefault();
      const text = textarea.value.trim();
      if (!text || !state.selectedId) return;
      void act(async () => {
        await api('POST', ticketPath(state.selectedId, suffix), { text });
        textarea.value = '';
        await loadTicket(state.selectedId);
      });
    });
    // Enter sends, Shift+Enter starts a new line.
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        $(formId).requestSubmit();
      }
    });
  }

  // ---- views ---------------------------------------------------------------------------------------------------
  function switchView(view) {
    state.view = view;
    show($('desk-view'), view === 'desk');
    show($('supervisor-view'), view === 'supervisor');
    for (const tab of document.querySelectorAll('.tab')) tab.classList.toggle('active', tab.dataset.view === view);
    if (view === 'supervisor') void loadOverview();
  }

  async function loadOverview() {
    try {
      renderOverview(await api('GET', '/api/handoff/overview'), { onOpenTicket: (id) => void select(id) });
    } catch (err) {
      failed(err);
    }
  }

  // ---- start ---------------------------------------------------------------------------------------------------
  $('login-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => void signOut());
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => switchView(tab.dataset.view));
  $('queue-filter').addEventListener('change', () => {
    state.filter = $('queue-filter').value;
    void loadQueue();
  });
  wireTicketActions();

  api('GET', '/api/auth/me')
    .then(({ user }) => enter(user))
    .catch((err) => (err instanceof ApiError && err.status === 401 ? signedOut() : failed(err)));
}

startConsole();
