/**
 * The activity feed (Direct Line stream and polling, the console's transcript) on the notifier: a conversation's
 * new activities are announced to every instance, so a customer whose stream is on B sees turns and agent replies
 * that went through A. One notifier subscription per instance; listeners are kept per conversation here.
 */
import type { ActivityFeed } from '../conversations/activity-feed';
import type { Notifier } from './notifier';
import { TOPICS } from './topics';

export function createNotifierFeed(notifier: Notifier, log: (line: string) => void): ActivityFeed {
  const listeners = new Map<string, Set<() => void>>();
  notifier.subscribe<{ conversationId: string }>(TOPICS.conversationActivity, ({ payload }) => {
    for (const listener of [...(listeners.get(payload.conversationId) ?? [])]) listener();
  });
  return {
    publish(conversationId) {
      // Listeners here hear it at once; a failure to tell other instances is logged (their poll or next turn catches up).
      notifier.publish(TOPICS.conversationActivity, { conversationId }).catch((err: Error) => log(`[notifier] announcing new activity failed: ${err.message}`));
    },
    stage(conversationId) {
      return notifier.stage(TOPICS.conversationActivity, { conversationId });
    },
    subscribe(conversationId, listener) {
      let set = listeners.get(conversationId);
      if (!set) listeners.set(conversationId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(conversationId) === set) listeners.delete(conversationId);
      };
    },
  };
}
