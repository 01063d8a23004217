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
  const [queuePosition, samples, agents] = await Promise.all([
    ctx.store.queuePosition(ticket),
    ctx.store.recentHandleMinutes(ticket.skillGroup, HANDLE_SAMPLES),
    ctx.store.listAgents(),
  ]);
  const handleMinutes = samples.length >= MIN_SAMPLES ? median(samples) : ctx.config.defaultHandleMinutes;
  const online = agents.filter((a) => a.online && groupsOf(a, ctx.config).includes(ticket.skillGroup)).length;
  const expectedWaitMinutes = Math.max(1, Math.ceil((queuePosition * handleMinutes) / Math.max(1, online)));
  return { queuePosition, expectedWaitMinutes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
