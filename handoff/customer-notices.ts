/**
 * What the customer is told so they always know where they stand: who is handling them, transfers, a lost agent, the
 * return to the bot, and the survey. Handoff says what happened as a wording (a text-catalogue key and its values);
 * whoever delivers it words it in the customer's language and script, which handoff does not track.
 */
import type { Wording } from '../contracts';

export const claimedNotice = (agentName: string): Wording => ({ key: 'customer.claimed', params: { agent: agentName } });

export const transferredNotice = (to: string, position: number): Wording => ({ key: 'customer.transferred', params: { to, position } });

export const releasedNotice = (position: number): Wording => ({ key: 'customer.released', params: { position } });

export const returnedToBotNotice = (): Wording => ({ key: 'customer.returnedToBot' });

export const surveyNotice = (npsRequested: boolean): Wording => ({ key: npsRequested ? 'customer.surveyWithNps' : 'customer.survey' });

/** How an open ticket is going: who has it, or where it stands in the queue, and when we expect to answer. */
export function progressNotice(
  ticket: { id: string; agent?: string; position?: number },
  answerBy: { at: string; timeZone: string } | undefined,
): Wording {
  const params = { ticket: ticket.id, ...(ticket.agent ? { agent: ticket.agent } : { position: ticket.position ?? 1 }) };
  if (ticket.agent) {
    return answerBy ? { key: 'customer.progress.assigned', params, times: { when: answerBy } } : { key: 'customer.progress.assignedNoTime', params };
  }
  return answerBy ? { key: 'customer.progress.queued', params, times: { when: answerBy } } : { key: 'customer.progress.queuedNoTime', params };
}
