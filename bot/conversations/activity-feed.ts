/**
 * Tells listeners that a conversation has new activities (the Direct Line stream, the agent console). In-process;
 * a PostgreSQL LISTEN/NOTIFY feed can implement the same interface to fan out across instances.
 */
import { EventEmitter } from 'node:events';

export interface ActivityFeed {
  publish(conversationId: string): void;
  subscribe(conversationId: string, listener: () => void): () => void;
}

export function createInProcessFeed(): ActivityFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(conversationId) {
      emitter.emit(conversationId);
    },
    subscribe(conversationId, listener) {
      emitter.on(conversationId, listener);
      return () => emitter.off(conversationId, listener);
    },
  };
}
