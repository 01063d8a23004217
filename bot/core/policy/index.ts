export * from './schema';
export * from './evaluate';
export type { TurnSignals } from './turn-signals';
