/**
 * Tells listeners that a conversation has new activities (the Direct Line stream, the agent console). The notifier
 * feed (`bot/cluster/notifier-feed.ts`) fans it out to every instance; the in-process one here serves a single process.
 */
import { EventEmitter } from 'node:events';
import type { StagedNotification } from '../cluster/notifier';

export interface ActivityFeed {
  publish(conversationId: string): void;
  /**
   * The announcement as part of the transaction that stores the activities (see `Notifier.stage`): `write` inside it,
   * `committed()` after it. A turn's replies are announced this way, at no transaction of their own.
   */
  stage(conversationId: string): StagedNotification;
  subscribe(conversationId: string, listener: () => void): () => void;
}

export function createInProcessFeed(): ActivityFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(conversationId) {
      emitter.emit(conversationId);
    },
    stage(conversationId) {
      return { committed: () => void emitter.emit(conversationId) };
    },
    subscribe(conversationId, listener) {
      emitter.on(conversationId, listener);
      return () => emitter.off(conversationId, listener);
    },
  };
}
