/**
 * E-mail for an absent web customer: when an agent replies and the customer (who gave an address and agreed to be
 * told there) has not read the reply in the chat within `delayMinutes`, the reply is e-mailed with a link back to the
 * conversation. The e-mail carries the reply, the agent's name, the ticket id and the link: nothing else the
 * conversation knows. Every mail goes out at most once, even with several instances (a conditional claim decides).
 *
 * A job: `tick()` sends what is due, on the composition root's schedule; `deliveryWithMail` notes replies as they are
 * delivered; `seen` is told whenever the customer's chat reads or writes.
 */
import { text } from '../../contracts';
import { DIRECT_LINE_CHANNEL_ID } from '../channels/directline/direct-line';
import type { Mailer } from '../mail/smtp-mailer';
import type { ReplyMailStore } from '../stores/reply-mail-store';
import type { ConversationStore } from './conversation-store';
import type { CustomerDelivery } from './customer-delivery';
import { customerLocale } from './customer-locale';

const BATCH = 100;
/** Reading a conversation is noted at most this often (per conversation and instance): polling clients read every second. */
const SEEN_EVERY_MS = 20_000;

export interface ReplyMail {
  /** Wraps the delivery of console messages: an agent's reply to a web conversation is queued for e-mail. */
  deliveryWithMail(delivery: CustomerDelivery): CustomerDelivery;
  /** The customer's chat read or wrote in this conversation now. */
  seen(conversationId: string): void;
  tick(): Promise<{ sent: number; skipped: number }>;
}

export function createReplyMail(deps: {
  store: ReplyMailStore;
  conversations: ConversationStore;
  /** Unset: no e-mail is sent (and none is queued). */
  mailer?: Mailer;
  /** The link that reopens the conversation (carrying its resume key). */
  linkTo: (conversationId: string) => Promise<string>;
  delayMinutes: number;
  clock: () => Date;
  log: (line: string) => void;
}): ReplyMail {
  const lastSeen = new Map<string, number>();
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>) => {
    const tracked = work.finally(() => pending.delete(tracked));
    pending.add(tracked);
    return tracked;
  };

  async function send(mail: Awaited<ReturnType<ReplyMailStore['due']>>[number], now: Date): Promise<'sent' | 'skipped'> {
    const contact = await deps.store.getContact(mail.conversation_id);
    const conversation = await deps.conversations.get(mail.conversation_id);
    // No consent (or withdrawn), or the customer read the reply in the chat: no e-mail.
    const absent = contact && conversation && (contact.seenAt === null || contact.seenAt <= mail.written_at);
    const state = absent ? 'sent' : 'skipped';
    if (!(await deps.store.finish(mail.id, state, now.toISOString()))) return 'skipped';
    if (!absent) return 'skipped';
    const locale = customerLocale(conversation);
    const link = await deps.linkTo(mail.conversation_id);
    try {
      await deps.mailer!.send({
        to: contact.email,
        subject: text(locale, 'mail.reply.subject', { ticket: mail.ticket_id }),
        text: text(locale, 'mail.reply.body', { agent: mail.agent_name, reply: mail.text, link, ticket: mail.ticket_id }),
      });
    } catch (err) {
      // At most once: a mail that failed is logged (without the address or the text), not retried into a duplicate.
      deps.log(`[mail] reply on ticket ${mail.ticket_id} could not be e-mailed: ${(err as Error).message}`);
    }
    return 'sent';
  }

  return {
    deliveryWithMail(delivery) {
      if (!deps.mailer) return delivery;
      return {
        async send(conversationId, message) {
          await delivery.send(conversationId, message);
          if (message.kind !== 'agent-message') return;
          const conversation = await deps.conversations.get(conversationId);
          if (conversation?.channel !== DIRECT_LINE_CHANNEL_ID) return;
          const now = deps.clock();
          await track(
            deps.store.enqueue({
              conversation_id: conversationId,
              ticket_id: message.ticketId,
              agent_name: message.agentName,
              text: message.text,
              written_at: now.toISOString(),
              due_at: new Date(now.getTime() + deps.delayMinutes * 60_000).toISOString(),
            }),
          );
        },
      };
    },

    seen(conversationId) {
      const now = deps.clock().getTime();
      if (now - (lastSeen.get(conversationId) ?? -Infinity) < SEEN_EVERY_MS) return;
      lastSeen.set(conversationId, now);
      if (lastSeen.size > 10_000) lastSeen.delete(lastSeen.keys().next().value!);
      void track(deps.store.seen(conversationId, new Date(now).toISOString()).catch((err: Error) => deps.log(`[mail] noting a read failed: ${err.message}`)));
    },

    async tick() {
      const done = { sent: 0, skipped: 0 };
      if (!deps.mailer) return done;
      await Promise.all([...pending]);
      const now = deps.clock();
      for (const mail of await deps.store.due(now.toISOString(), BATCH)) done[await send(mail, now)]++;
      return done;
    },
  };
}
