/**
 * Where progress updates stand per open ticket: when the customer last heard how it is going (an update, an agent's
 * reply, being claimed or transferred) and which due update the agent was already reminded of. Implementation:
 * `stores/kysely-progress-store.ts` (SQLite and PostgreSQL).
 */
export interface ProgressState {
  ticketId: string;
  lastToldAt: string;
  /** The due time of the update the agent was reminded of; null when no reminder went out since the customer was told. */
  remindedFor: string | null;
}

export interface ProgressStore {
  get(ticketIds: readonly string[]): Promise<Map<string, ProgressState>>;
  /** The customer heard from us at `at`: the next update counts from here (a later time never moves back). */
  told(ticketId: string, at: string): Promise<void>;
  /** The agent was reminded of the update due at `dueAt`. */
  reminded(ticketId: string, dueAt: string, lastToldAt: string): Promise<void>;
}
