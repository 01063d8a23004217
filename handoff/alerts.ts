/**
 * Supervisor alerts beyond the console: a JSON POST to the configured webhook (chat tools, paging). Best effort with a
 * timeout: an unreachable webhook is logged and never holds up the SLA loop. The payload carries no customer text.
 */
import type { HandoffContext } from './deps';
import type { Ticket } from './model';
import type { SlaAlarm } from './sla';
import type { Level } from '../contracts';

const WEBHOOK_TIMEOUT_MS = 5000;

export async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

export async function alertBreach(ctx: HandoffContext, ticket: Ticket, alarms: SlaAlarm[], previousLevel: Level): Promise<void> {
  const url = ctx.config.alerts.webhookUrl;
  if (!url) return;
  const post = ctx.deps.postWebhook ?? postJson;
  const body = {
    type: 'sla.breached',
    at: ctx.now().toISOString(),
    ticketId: ticket.id,
    conversationId: ticket.conversationId,
    channel: ticket.channel,
    skillGroup: ticket.skillGroup,
    previousLevel,
    level: ticket.level,
    clocks: alarms.filter((a) => a.kind === 'breach').map((a) => a.clock),
    assignee: ticket.assignee,
    firstResponseDueAt: ticket.sla.firstResponseDueAt,
    resolutionDueAt: ticket.sla.resolutionDueAt,
  };
  try {
    await post(url, body);
  } catch (err) {
    ctx.log(`[handoff] breach alert for ${ticket.id} to the webhook failed: ${(err as Error).message}`);
  }
}
