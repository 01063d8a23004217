/**
 * The SLA sweep, run by `tick()`: raises each warning and breach once (a conditional update decides, so several
 * instances sweeping together still raise it once), and on a breach raises the ticket's level and alerts supervisors:
 * the console hears the `sla.breached` event, and the webhook, when configured, gets a POST.
 */
import { alertBreach } from './alerts';
import type { HandoffContext } from './deps';
import { dueAlarms, markAlarms, raiseLevel } from './sla';

export async function sweepSla(ctx: HandoffContext): Promise<{ warned: number; breached: number }> {
  const now = ctx.now();
  const candidates = await ctx.store.slaCandidates(now.toISOString());
  let warned = 0;
  let breached = 0;
  for (const ticket of candidates) {
    const alarms = dueAlarms(ticket.sla, now);
    if (alarms.length === 0) continue;
    const breach = alarms.some((a) => a.kind === 'breach');
    const level = breach ? raiseLevel(ticket.level) : ticket.level;
    const changed = await ctx.lifecycle.change(ticket.id, {
      patch: { sla: markAlarms(ticket.sla, alarms), level },
      // Lost to a concurrent change (a reply, another instance's sweep): the next sweep looks again.
      guard: { version: ticket.version, statuses: ['queued', 'assigned'] },
      event: {
        type: breach ? 'sla.breached' : 'sla.warning',
        actor: null,
        at: now.toISOString(),
        data: { alarms, ...(level !== ticket.level ? { levelFrom: ticket.level, levelTo: level } : {}) },
      },
    });
    if (!changed) continue;
    if (breach) {
      breached++;
      await alertBreach(ctx, changed.ticket, alarms, ticket.level);
    } else {
      warned++;
    }
  }
  return { warned, breached };
}
