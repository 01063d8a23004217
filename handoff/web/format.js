// Formatting for the console: SLA countdowns and their colour classes, times, labels.

const SLA_STATES = new Set(['ok', 'warning', 'breached', 'paused', 'stopped']);
const ROLES = new Set(['customer', 'bot', 'agent', 'system']);
const LEVELS = new Set(['L1', 'L2', 'L3']);

/** The SLA clock's state now, from the ticket's due and warn times (recomputed every second, no server round trip). */
export function slaNow(sla, now = Date.now()) {
  if (!sla || !sla.dueAt || sla.state === 'stopped') return { state: 'stopped', seconds: null };
  if (sla.state === 'paused') return { state: 'paused', seconds: sla.secondsLeft };
  const seconds = Math.round((Date.parse(sla.dueAt) - now) / 1000);
  let state = 'ok';
  if (sla.state === 'breached' || seconds <= 0) state = 'breached';
  else if (sla.state === 'warning' || now >= Date.parse(sla.warnAt)) state = 'warning';
  return { state, seconds };
}

export const slaClass = (state) => `sla-${SLA_STATES.has(state) ? state : 'stopped'}`;
export const roleClass = (role) => `role-${ROLES.has(role) ? role : 'system'}`;
export const levelClass = (level) => `level level-${LEVELS.has(level) ? level : 'L3'}`;

export function countdownText(clock) {
  if (clock.seconds === null) return '—';
  const sign = clock.seconds < 0 ? '−' : '';
  let s = Math.abs(clock.seconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const pad = (n) => String(n).padStart(2, '0');
  const text = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return clock.state === 'paused' ? `${text} (paused)` : `${sign}${text}`;
}

export function clockLabel(sla) {
  return sla?.clock === 'resolution' ? 'resolution' : 'first response';
}

export function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const sameDay = new Date().toDateString() === date.toDateString();
  return sameDay ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
}

export function ago(iso) {
  if (!iso) return '';
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

export const ROLE_LABELS = { customer: 'Customer', bot: 'Bot', agent: 'Agent', system: 'Baton' };

/** Queue order: L1 first, then level, then the SLA clock that runs out first, then the oldest. */
export function queueOrder(a, b) {
  if (a.level !== b.level) return a.level < b.level ? -1 : 1;
  const due = (t) => (t.sla?.dueAt ? Date.parse(t.sla.dueAt) : Infinity);
  if (due(a) !== due(b)) return due(a) - due(b);
  return a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0;
}
