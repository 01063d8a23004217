/** The service vocabulary of DESIGN.md: urgency levels, ticket categories and customer tiers. */
import { z } from 'zod';

/** L1 is the most urgent. The names sort in priority order, which the queue relies on. */
export const LevelSchema = z.enum(['L1', 'L2', 'L3']);
export type Level = z.infer<typeof LevelSchema>;

/** What a ticket is about, as the standards classify it. */
export const CategorySchema = z.enum(['inquiry', 'feedback', 'complaint', 'after-sales']);
export type Category = z.infer<typeof CategorySchema>;

/** The customer's tier in the customer directory. */
export const TierSchema = z.enum(['vip', 'regular', 'new']);
export type Tier = z.infer<typeof TierSchema>;
