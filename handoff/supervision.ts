/**
 * The supervisor's view of the floor: every queue with its load by level and its oldest ticket, agents with their
 * presence and load, and the tickets that breached; plus assigning agents to skill groups.
 */
import type { HandoffContext } from './deps';
import { type Agent } from './model';
import { groupsOf } from './scope';
import { toView, type TicketView } from './ticket-views';
import { type Actor, fail, isSupervisor, type Level } from '../contracts';

export interface SupervisorOverview {
  queues: Array<{
    group: string;
    name: string;
    queued: Record<Level, number>;
    assigned: number;
    oldestQueuedAt: string | null;
    agentsOnline: number;
  }>;
  agents: Array<Agent & { effectiveGroups: string[]; load: number }>;
  breaches: TicketView[];
}

export function createSupervision(ctx: HandoffContext) {
  const { store, config } = ctx;

  function ensureSupervisor(actor: Actor) {
    if (!isSupervisor(actor)) throw fail.forbidden('this is for supervisors');
  }

  return {
    async overview(actor: Actor): Promise<SupervisorOverview> {
      ensureSupervisor(actor);
      const [counts, agents, open] = await Promise.all([
        store.countByLevel(['queued', 'assigned']),
        store.listAgents(),
        store.listTickets({ statuses: ['queued', 'assigned'], limit: 2000 }),
      ]);
      const now = ctx.now();
      const knownGroups = new Map(config.routing.groups.map((g) => [g.id, g.name]));
      for (const c of counts) if (!knownGroups.has(c.skillGroup)) knownGroups.set(c.skillGroup, c.skillGroup);
      const queues = [...knownGroups].map(([group, name]) => {
        const rows = counts.filter((c) => c.skillGroup === group);
        const queuedRows = rows.filter((r) => r.status === 'queued');
        const queued = { L1: 0, L2: 0, L3: 0 } as Record<Level, number>;
        for (const r of queuedRows) queued[r.level] += r.count;
        const oldest = queuedRows.map((r) => r.oldestQueuedAt).sort()[0] ?? null;
        return {
          group,
          name,
          queued,
          assigned: rows.filter((r) => r.status === 'assigned').reduce((n, r) => n + r.count, 0),
          oldestQueuedAt: oldest,
          agentsOnline: agents.filter((a) => a.online && groupsOf(a, config).includes(group)).length,
        };
      });
      return {
        queues,
        agents: agents.map((a) => ({
          ...a,
          effectiveGroups: groupsOf(a, config),
          load: open.filter((t) => t.status === 'assigned' && t.assignee?.id === a.id).length,
        })),
        breaches: open
          .filter((t) => t.sla.firstResponseBreached || t.sla.resolutionBreached)
          .map((t) => toView(t, now)),
      };
    },

    /** `name` is used when the agent has not used the console yet. */
    async setAgentGroups(actor: Actor, agent: { id: string; name?: string }, groups: string[]): Promise<Agent> {
      ensureSupervisor(actor);
      const unknown = groups.filter((g) => !config.routing.groups.some((known) => known.id === g));
      if (unknown.length) throw fail.invalid(`unknown skill groups: ${unknown.join(', ')}`);
      const updated = await store.setAgentGroups({ id: agent.id, name: agent.name ?? agent.id }, [...new Set(groups)]);
      ctx.bus.publish({ kind: 'agent', type: 'agent.updated', agent: updated, at: ctx.now().toISOString() });
      return updated;
    },
  };
}
