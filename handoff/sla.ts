/**
 * SLA clocks on a ticket: a first-response clock (stops at the agent's first reply) and a resolution clock (paused
 * while the ticket waits on the customer). Deadlines are counted in business minutes from the frozen policy; warnings
 * fire at `warnAt` of a target, breaches at the target. Pure functions: the service decides when to call them.
 */
import type { BusinessClock } from './business-hours';
import type { SlaPolicy, Ticket, TicketSla } from './model';
import type { Level } from '../contracts';

export type SlaClockName = 'first-response' | 'resolution';
export interface SlaAlarm {
  clock: SlaClockName;
  kind: 'warning' | 'breach';
}

const iso = (d: Date) => d.toISOString();

function deadlines(policy: SlaPolicy, level: Level, start: Date, hours: BusinessClock) {
  const target = policy.targets[level];
  return {
    firstResponseDueAt: iso(hours.addMinutes(start, target.firstResponseMinutes)),
    firstResponseWarnAt: iso(hours.addMinutes(start, target.firstResponseMinutes * policy.warnAt)),
    resolutionDueAt: iso(hours.addMinutes(start, target.resolutionMinutes)),
    resolutionWarnAt: iso(hours.addMinutes(start, target.resolutionMinutes * policy.warnAt)),
  };
}

export function newSla(policy: SlaPolicy, level: Level, start: Date, hours: BusinessClock): TicketSla {
  return {
    policy,
    ...deadlines(policy, level, start, hours),
    firstRespondedAt: null,
    pausedAt: null,
    firstResponseWarned: false,
    firstResponseBreached: false,
    resolutionWarned: false,
    resolutionBreached: false,
    escalations: 0,
  };
}

/** A higher level for an open ticket: each clock runs to the earlier of its deadline and the new level's, from now. */
export function retarget(sla: TicketSla, level: Level, now: Date, hours: BusinessClock): TicketSla {
  const fresh = deadlines(sla.policy, level, now, hours);
  const next = { ...sla };
  if (!sla.firstRespondedAt && fresh.firstResponseDueAt < sla.firstResponseDueAt) {
    next.firstResponseDueAt = fresh.firstResponseDueAt;
    next.firstResponseWarnAt = fresh.firstResponseWarnAt < sla.firstResponseWarnAt ? fresh.firstResponseWarnAt : sla.firstResponseWarnAt;
  }
  if (fresh.resolutionDueAt < sla.resolutionDueAt) {
    next.resolutionDueAt = fresh.resolutionDueAt;
    next.resolutionWarnAt = fresh.resolutionWarnAt < sla.resolutionWarnAt ? fresh.resolutionWarnAt : sla.resolutionWarnAt;
  }
  return next;
}

/** The agent replied: the first-response clock stops, and the resolution clock waits on the customer. */
export function agentReplied(sla: TicketSla, now: Date): TicketSla {
  return { ...sla, firstRespondedAt: sla.firstRespondedAt ?? iso(now), pausedAt: sla.pausedAt ?? iso(now) };
}

/** The customer wrote back: the resolution clock runs again, its deadlines moved by the business time it was paused. */
export function customerReplied(sla: TicketSla, now: Date, hours: BusinessClock): TicketSla {
  if (!sla.pausedAt) return sla;
  const paused = hours.minutesBetween(new Date(sla.pausedAt), now);
  if (paused <= 0 || sla.resolutionBreached) return { ...sla, pausedAt: null };
  return {
    ...sla,
    pausedAt: null,
    resolutionDueAt: iso(hours.addMinutes(new Date(sla.resolutionDueAt), paused)),
    resolutionWarnAt: sla.resolutionWarned ? sla.resolutionWarnAt : iso(hours.addMinutes(new Date(sla.resolutionWarnAt), paused)),
  };
}

/** Alarms that are due now and were not raised before; a breach counts as its warning too. */
export function dueAlarms(sla: TicketSla, now: Date): SlaAlarm[] {
  const at = iso(now);
  const alarms: SlaAlarm[] = [];
  if (!sla.firstRespondedAt) {
    if (!sla.firstResponseBreached && sla.firstResponseDueAt <= at) alarms.push({ clock: 'first-response', kind: 'breach' });
    else if (!sla.firstResponseWarned && sla.firstResponseWarnAt <= at) alarms.push({ clock: 'first-response', kind: 'warning' });
  }
  if (!sla.pausedAt) {
    if (!sla.resolutionBreached && sla.resolutionDueAt <= at) alarms.push({ clock: 'resolution', kind: 'breach' });
    else if (!sla.resolutionWarned && sla.resolutionWarnAt <= at) alarms.push({ clock: 'resolution', kind: 'warning' });
  }
  return alarms;
}

export function markAlarms(sla: TicketSla, alarms: SlaAlarm[]): TicketSla {
  const next = { ...sla };
  for (const alarm of alarms) {
    if (alarm.clock === 'first-response') {
      next.firstResponseWarned = true;
      if (alarm.kind === 'breach') next.firstResponseBreached = true;
    } else {
      next.resolutionWarned = true;
      if (alarm.kind === 'breach') next.resolutionBreached = true;
    }
  }
  if (alarms.some((a) => a.kind === 'breach')) next.escalations += 1;
  return next;
}

/** One level more urgent; L1 stays L1. */
export function raiseLevel(level: Level): Level {
  return level === 'L3' ? 'L2' : 'L1';
}

export function higherLevel(a: Level, b: Level): Level {
  return a < b ? a : b;
}

export interface SlaView {
  /** The clock that matters now. */
  clock: SlaClockName | 'none';
  state: 'ok' | 'warning' | 'breached' | 'paused' | 'stopped';
  dueAt: string | null;
  warnAt: string | null;
  /** Negative once breached; frozen while paused. */
  secondsLeft: number | null;
}

/** What the console shows: the running clock, its state and the time left. */
export function slaView(ticket: Pick<Ticket, 'status' | 'sla'>, now: Date): SlaView {
  const { sla } = ticket;
  if (ticket.status !== 'queued' && ticket.status !== 'assigned') {
    return { clock: 'none', state: 'stopped', dueAt: null, warnAt: null, secondsLeft: null };
  }
  const clock: SlaClockName = sla.firstRespondedAt ? 'resolution' : 'first-response';
  const dueAt = clock === 'first-response' ? sla.firstResponseDueAt : sla.resolutionDueAt;
  const warnAt = clock === 'first-response' ? sla.firstResponseWarnAt : sla.resolutionWarnAt;
  const breached = clock === 'first-response' ? sla.firstResponseBreached : sla.resolutionBreached;
  const warned = clock === 'first-response' ? sla.firstResponseWarned : sla.resolutionWarned;
  const reference = clock === 'resolution' && sla.pausedAt ? new Date(sla.pausedAt) : now;
  const secondsLeft = Math.round((Date.parse(dueAt) - reference.getTime()) / 1000);
  let state: SlaView['state'];
  if (breached || secondsLeft <= 0) state = 'breached';
  else if (clock === 'resolution' && sla.pausedAt) state = 'paused';
  else if (warned || iso(now) >= warnAt) state = 'warning';
  else state = 'ok';
  return { clock, state, dueAt, warnAt, secondsLeft };
}
