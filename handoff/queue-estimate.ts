/**
 * Where a queued customer stands: their position in their skill group's queue and a rough expected wait, from the
 * group's recent handling times (or the configured default until there are enough) and the agents online for it.
 */
import type { HandoffContext } from './deps';
import type { Ticket } from './model';
import { groupsOf } from './scope';

const HANDLE_SAMPLES = 20;
const MIN_SAMPLES = 3;

export async function queueStanding(ctx: HandoffContext, ticket: Ticket): Promise<{ queuePosition: number; expectedWaitMinutes: number }> {
  if (ticket.status !== 'queued') return { queuePosition: 0, expectedWaitMinutes: 0 };
  const queuePosition = await ctx.store.queuePosition(ticket);
  return { queuePosition, expectedWaitMinutes: await expectedWait(ctx, ticket.skillGroup, queuePosition) };
}

/** Minutes a ticket at `position` in the group's queue can expect to wait. */
export async function expectedWait(ctx: HandoffContext, group: string, position: number): Promise<number> {
  const [samples, agents] = await Promise.all([ctx.store.recentHandleMinutes(group, HANDLE_SAMPLES), ctx.store.listAgents()]);
  const handleMinutes = samples.length >= MIN_SAMPLES ? median(samples) : ctx.config.defaultHandleMinutes;
  const online = agents.filter((a) => a.online && groupsOf(a, ctx.config).includes(group)).length;
  return Math.max(1, Math.ceil((position * handleMinutes) / Math.max(1, online)));
}

/** Tickets waiting in a group now. */
export async function queuedIn(ctx: HandoffContext, group: string): Promise<number> {
  const counts = await ctx.store.countByLevel(['queued']);
  return counts.filter((c) => c.skillGroup === group).reduce((sum, c) => sum + Number(c.count), 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
