/**
 * Messages the bot starts itself (an agent's reply, a survey) into channels it reaches through a Bot Connector,
 * such as Teams: sent through the conversation reference stored when the customer last wrote.
 */
import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';

export interface ProactiveSender {
  send(reference: Record<string, unknown>, activity: Record<string, unknown>): Promise<void>;
}

export function createProactiveSender(adapter: CloudAdapter, appId: string | undefined): ProactiveSender {
  return {
    async send(reference, activity) {
      // Anonymous (local) mode has no app id: an identity without an audience makes the adapter use no token.
      const identity = appId ?? {};
      await adapter.continueConversation(identity, reference as unknown as ConversationReference, async (context) => {
        await context.sendActivity(activity as Partial<Activity> as Activity);
      });
    },
  };
}
