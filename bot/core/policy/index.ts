export * from './schema';
export * from './evaluate';
/** The signals the policy reads: the one signals shape (bot/core/signals/schema.ts). */
export type { Signals as TurnSignals } from '../signals';
