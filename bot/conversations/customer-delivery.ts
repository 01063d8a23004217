/**
 * Delivers what people send from the console (agent replies, status lines, the survey) to the customer's channel,
 * recording each in the transcript. Baton's own Direct Line needs only the record (its feed is the transcript); other
 * channels get a proactive message through the stored conversation reference. Notices are worded here, in the
 * customer's language and script: the conversation knows them, handoff does not.
 */
import { word, type Locale } from '../../contracts';
import type { ProactiveSender } from '../channels/agents/proactive';
import { DIRECT_LINE_CHANNEL_ID } from '../channels/directline/direct-line';
import type { ConversationStore } from './conversation-store';
import { customerLocale } from './customer-locale';
import type { CustomerMessage } from './handoff-port';
import type { Transcript } from './transcript';

export interface CustomerDelivery {
  send(conversationId: string, message: CustomerMessage): Promise<void>;
}

export function createCustomerDelivery(deps: {
  conversations: ConversationStore;
  transcript: Transcript;
  proactive: ProactiveSender;
  botAccount: { id: string; name: string };
}): CustomerDelivery {
  return {
    async send(conversationId, message) {
      const conversation = await deps.conversations.get(conversationId);
      if (!conversation) throw new Error(`conversation ${conversationId} does not exist`);
      const activity = toCustomerActivity(message, customerLocale(conversation), deps.botAccount);
      const role = message.kind === 'agent-message' ? 'agent' : 'system';
      if (conversation.channel === DIRECT_LINE_CHANNEL_ID) {
        await deps.transcript.recordOutbound(conversationId, { ...activity, conversation: { id: conversationId }, timestamp: new Date().toISOString() }, role);
        return;
      }
      if (!conversation.reference) throw new Error(`conversation ${conversationId} has no stored reference to reach the customer`);
      await deps.proactive.send(conversation.reference, activity);
      await deps.transcript.recordOutbound(conversationId, activity, role);
    },
  };
}

/**
 * Agent text is sent as plain text: what a person types is shown as typed, never interpreted as Markdown or HTML.
 * The survey carries its 1–5 choices as buttons.
 */
export function toCustomerActivity(message: CustomerMessage, locale: Locale, bot: { id: string; name: string }): Record<string, unknown> {
  const from = { id: bot.id, name: (message.kind !== 'survey' && message.agentName) || bot.name, role: 'bot' };
  if (message.kind === 'agent-message') {
    return { type: 'message', from, text: message.text, textFormat: 'plain', channelData: { baton: { kind: message.kind } } };
  }
  const text = word(locale, message.notice);
  if (message.kind === 'status') {
    return { type: 'message', from, locale, text, textFormat: 'plain', channelData: { baton: { kind: message.kind } } };
  }
  const ticketId = message.ticketId;
  return {
    type: 'message',
    from,
    locale,
    text,
    textFormat: 'plain',
    channelData: { baton: { kind: 'survey', ticketId } },
    suggestedActions: {
      to: [],
      actions: [1, 2, 3, 4, 5].map((score) => ({
        type: 'messageBack',
        title: String(score),
        text: String(score),
        displayText: String(score),
        value: { type: 'survey', ticketId, score },
      })),
    },
  };
}
