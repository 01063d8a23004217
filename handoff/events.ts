/**
 * Live events for the console: every stored ticket event, plus presence changes, published to subscribers in this
 * process after the change is committed. One bus per service instance (no module state). Across several Baton
 * instances a PostgreSQL LISTEN/NOTIFY bus can implement the same interface.
 */
import type { Agent, Ticket, TicketEvent } from './model';

export type HandoffEvent =
  | { kind: 'ticket'; event: TicketEvent; ticket: Ticket }
  | { kind: 'agent'; type: 'agent.online' | 'agent.offline' | 'agent.updated'; agent: Agent; at: string };

export interface EventBus {
  publish(event: HandoffEvent): void;
  /** Every event, whichever instance published it: for what shows events (the consoles). */
  subscribe(listener: (event: HandoffEvent) => void): () => void;
  /**
   * Only the events this instance published: for bookkeeping done once per change across instances (progress
   * counts, metrics), by the instance that made the change. Absent on a bus that reaches one instance (= subscribe).
   */
  subscribeOwn?(listener: (event: HandoffEvent) => void): () => void;
}

export function createEventBus(onListenerError: (err: unknown) => void = () => undefined): EventBus {
  const listeners = new Set<(event: HandoffEvent) => void>();
  return {
    publish(event) {
      for (const listener of [...listeners]) {
        // One broken console connection must not stop the others (or the change that published).
        try {
          listener(event);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
