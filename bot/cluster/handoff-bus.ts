/**
 * The handoff library's event bus on the notifier: a ticket created or an agent's reply on one instance reaches the
 * consoles connected to every instance (SLA events too, whichever instance ran the sweep).
 */
import type { EventBus, HandoffEvent } from '../../handoff';
import type { Notifier } from './notifier';
import { TOPICS } from './topics';

export function createNotifierEventBus(notifier: Notifier, log: (line: string) => void): EventBus {
  return {
    publish(event) {
      notifier.publish(TOPICS.handoffEvent, event).catch((err: Error) => log(`[notifier] announcing a handoff event failed: ${err.message}`));
    },
    subscribe(listener) {
      return notifier.subscribe<HandoffEvent>(TOPICS.handoffEvent, ({ payload }) => listener(payload));
    },
    subscribeOwn(listener) {
      return notifier.subscribe<HandoffEvent>(TOPICS.handoffEvent, ({ payload, origin }) => {
        if (origin === notifier.instanceId) listener(payload);
      });
    },
  };
}
