/** Shapes shared by the signal detectors (their schemas are in schema.ts). Every result is plain JSON. */
export type { Lang } from '../../../contracts';
export type { MoneyAmount, SentimentLabel, SentimentResult } from './schema';
