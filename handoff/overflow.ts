/**
 * Overflow: when a group's queue or expected wait reaches a configured threshold, a new ticket goes to another group;
 * and when even that is busy, the customer is offered to leave a message and be answered later instead of waiting.
 * A customer who leaves a message stops waiting online: the ticket stays in the queue without holding anyone, and
 * its service-level clocks start again from the moment the message was left, as the standards count them.
 */
import type { HandoffContext } from './deps';
import { expectedWait, queuedIn } from './queue-estimate';

interface Threshold {
  queuedAtLeast?: number;
  waitMinutesAtLeast?: number;
}

/** Whether the group, before a new ticket joins it, is as busy as the threshold says. */
async function reached(ctx: HandoffContext, group: string, threshold: Threshold): Promise<boolean> {
  const queued = await queuedIn(ctx, group);
  if (threshold.queuedAtLeast !== undefined && queued >= threshold.queuedAtLeast) return true;
  return threshold.waitMinutesAtLeast !== undefined && (await expectedWait(ctx, group, queued + 1)) >= threshold.waitMinutesAtLeast;
}

/** The group a new ticket routed to `group` goes to, and the group it overflowed from, if any. */
export async function overflowRoute(ctx: HandoffContext, group: string): Promise<{ group: string; overflowFrom?: string }> {
  for (const rule of ctx.config.overflow.rules) {
    if (rule.from === group && (await reached(ctx, group, rule))) return { group: rule.to, overflowFrom: group };
  }
  return { group };
}

/** Whether a customer whose ticket now waits in `group` is offered to leave a message (their ticket counted in). */
export async function offerMessage(ctx: HandoffContext, group: string, queuePosition: number): Promise<boolean> {
  const threshold = ctx.config.overflow.offerMessage;
  if (!threshold) return false;
  if (threshold.queuedAtLeast !== undefined && queuePosition >= threshold.queuedAtLeast) return true;
  return threshold.waitMinutesAtLeast !== undefined && (await expectedWait(ctx, group, queuePosition)) >= threshold.waitMinutesAtLeast;
}
