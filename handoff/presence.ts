/**
 * Agent presence. The console sends a heartbeat, and every action an agent takes counts as one; an agent silent for
 * the presence timeout goes offline and their tickets go back to the queue (keeping their place), so no customer waits
 * on someone who closed the laptop.
 */
import { releasedNotice } from './customer-notices';
import type { HandoffContext } from './deps';
import type { Agent } from './model';
import { notify } from './notify';
import { queueStanding } from './queue-estimate';
import type { Actor } from '../contracts';

export function createPresence(ctx: HandoffContext) {
  const { store, bus } = ctx;
  // Well within the presence timeout (3 minutes by default), so a silent agent still expires on time.
  const freshEnoughMs = Math.min(15_000, (ctx.config.presence.timeoutMinutes * 60_000) / 4);

  async function touch(actor: Actor): Promise<Agent> {
    const now = ctx.now();
    // Presence only needs to be fresh to well within the timeout: a read answers most calls without a write.
    const known = await store.getAgent(actor.id);
    if (known?.online && known.name === actor.name && known.lastSeenAt && now.getTime() - Date.parse(known.lastSeenAt) < freshEnoughMs) {
      return known;
    }
    const at = now.toISOString();
    const { agent, cameOnline } = await store.touchAgent({ id: actor.id, name: actor.name, email: actor.email ?? null }, at);
    if (cameOnline) bus.publish({ kind: 'agent', type: 'agent.online', agent, at });
    return agent;
  }

  /** Takes silent agents offline and releases their tickets; returns how many tickets went back to the queue. */
  async function expire(): Promise<{ agents: number; released: number }> {
    const now = ctx.now();
    const cutoff = new Date(now.getTime() - ctx.config.presence.timeoutMinutes * 60_000).toISOString();
    const gone = await store.expireAgents(cutoff);
    let released = 0;
    for (const agent of gone) {
      bus.publish({ kind: 'agent', type: 'agent.offline', agent, at: now.toISOString() });
      const tickets = await store.listTickets({ statuses: ['assigned'], assigneeId: agent.id });
      for (const ticket of tickets) {
        const back = await ctx.lifecycle.apply(ticket, 'release', {
          actor: null,
          guard: { assigneeId: agent.id },
          patch: { assignee: null, assignedAt: null, reservedFor: null },
          data: { reason: 'agent-offline', agentId: agent.id },
        });
        if (!back) continue;
        released++;
        const { queuePosition } = await queueStanding(ctx, back);
        await notify(ctx, back.replyTo.conversationId, { kind: 'status', notice: releasedNotice(queuePosition), ticketId: back.id });
      }
    }
    return { agents: gone.length, released };
  }

  return { touch, expire };
}
