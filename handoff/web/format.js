// @ts-check
// Formatting for the console: SLA countdowns and their colour classes, how long ago, the labels of ticket fields.
import { label, t } from '/assets/i18n.js';

/** @typedef {import('./types.js').TicketSla} TicketSla */
/** @typedef {import('./types.js').TicketView} TicketView */
/** @typedef {{ state: TicketSla['state'], seconds: number | null }} Clock */

const SLA_STATES = new Set(['ok', 'warning', 'breached', 'paused', 'stopped']);
const ROLES = new Set(['customer', 'bot', 'agent', 'system']);
const LEVELS = new Set(['L1', 'L2', 'L3']);

/**
 * The SLA clock's state now, from the ticket's due and warn times (recomputed every second, no server round trip).
 * @param {TicketSla | undefined} sla
 * @returns {Clock}
 */
export function slaNow(sla, now = Date.now()) {
  if (!sla || !sla.dueAt || sla.state === 'stopped') return { state: 'stopped', seconds: null };
  if (sla.state === 'paused') return { state: 'paused', seconds: sla.secondsLeft };
  const seconds = Math.round((Date.parse(sla.dueAt) - now) / 1000);
  /** @type {Clock['state']} */
  let state = 'ok';
  if (sla.state === 'breached' || seconds <= 0) state = 'breached';
  else if (sla.state === 'warning' || (sla.warnAt && now >= Date.parse(sla.warnAt))) state = 'warning';
  return { state, seconds };
}

export const slaClass = (/** @type {string} */ state) => `sla-${SLA_STATES.has(state) ? state : 'stopped'}`;
export const roleClass = (/** @type {string} */ role) => `role-${ROLES.has(role) ? role : 'system'}`;
export const levelClass = (/** @type {string} */ level) => `level level-${LEVELS.has(level) ? level : 'L3'}`;

export function countdownText(/** @type {Clock} */ clock) {
  if (clock.seconds === null) return '—';
  const sign = clock.seconds < 0 ? '−' : '';
  let s = Math.abs(clock.seconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const text = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return clock.state === 'paused' ? t('console.sla.paused', { time: text }) : `${sign}${text}`;
}

/** "first response due" or "resolution due": the clock that runs now. */
export function clockLabel(/** @type {TicketSla | undefined} */ sla) {
  return sla?.clock === 'resolution' ? t('console.sla.resolutionDue') : t('console.sla.firstResponseDue');
}

export function ago(/** @type {string | null | undefined} */ iso) {
  if (!iso) return '';
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60000));
  if (minutes < 60) return t('console.ago.minutes', { minutes });
  return t('console.ago.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A ticket field's value in words: field('status', 'queued'), field('channel', 'msteams'); unknown values as they are. */
export const field = (/** @type {'status' | 'category' | 'tier' | 'channel' | 'resolution'} */ name, /** @type {string} */ value) =>
  label(`ticket.${name}.`, value);

export const roleLabel = (/** @type {string} */ role) => label('console.role.', role);

/** The language a ticket's customer writes in: en, zh, zh-Hant. */
export const languageLabel = (/** @type {string} */ tag) => label('language.', tag);

/** Queue order: L1 first, then level, then the SLA clock that runs out first, then the oldest. */
export function queueOrder(/** @type {TicketView} */ a, /** @type {TicketView} */ b) {
  if (a.level !== b.level) return a.level < b.level ? -1 : 1;
  const due = (/** @type {TicketView} */ ticket) => (ticket.sla?.dueAt ? Date.parse(ticket.sla.dueAt) : Infinity);
  if (due(a) !== due(b)) return due(a) - due(b);
  return a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0;
}
