/**
 * The analytics query string, validated with zod: a period (`from` inclusive, `to` exclusive; a plain date `to` means
 * through the end of that day, UTC) and optional filters. Bad input is a 400 that names the field.
 */
import { z } from 'zod';
import { LangSchema, LevelSchema } from '../../contracts';

const DAY_MS = 86_400_000;
/** The longest period one request may cover: a year (and a leap day). */
export const MAX_PERIOD_DAYS = 366;
export const DEFAULT_PERIOD_DAYS = 7;

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

const instant = z
  .string()
  .trim()
  .refine((v) => (dateOnly.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success) && !Number.isNaN(Date.parse(v)), {
    message: 'must be an ISO date (2026-11-01) or date and time (2026-11-01T09:00:00Z)',
  });

const code = z.string().trim().min(1).max(64).regex(/^[\w.-]+$/, 'must be a code of letters, digits, . _ or -');

export const FilterQuerySchema = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  channel: code.optional(),
  lang: LangSchema.optional(),
  group: code.optional(),
  level: LevelSchema.optional(),
});

export const TimeseriesMetricSchema = z.enum([
  'conversations',
  'selfServiceRate',
  'handoffs',
  'handoffRate',
  'firstResponseMedian',
  'resolutionMedian',
  'firstContactResolutionRate',
  'csat',
  'nps',
]);
export type TimeseriesMetric = z.infer<typeof TimeseriesMetricSchema>;

export const IntervalSchema = z.enum(['hour', 'day']);
export type Interval = z.infer<typeof IntervalSchema>;

export const TimeseriesQuerySchema = FilterQuerySchema.extend({
  metric: TimeseriesMetricSchema,
  interval: IntervalSchema.default('day'),
});

/** A resolved filter: the period as ISO instants (UTC, milliseconds) and the optional filters. */
export interface AnalyticsFilter {
  from: string;
  to: string;
  channel?: string;
  lang?: 'en' | 'zh';
  group?: string;
  level?: 'L1' | 'L2' | 'L3';
}

/** Turns a parsed query into a filter; throws a message for a period that is backwards or too long. */
export function resolveFilter(query: z.infer<typeof FilterQuerySchema>, now: Date): AnalyticsFilter | { problem: string } {
  const to = query.to ? boundary(query.to, 'end') : now;
  const from = query.from ? boundary(query.from, 'start') : new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime()) return { problem: 'from must be before to' };
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) return { problem: `the period may cover at most ${MAX_PERIOD_DAYS} days` };
  const { channel, lang, group, level } = query;
  return { from: from.toISOString(), to: to.toISOString(), ...defined({ channel, lang, group, level }) };
}

function boundary(value: string, side: 'start' | 'end'): Date {
  if (!dateOnly.test(value)) return new Date(value);
  const start = new Date(`${value}T00:00:00.000Z`);
  return side === 'start' ? start : new Date(start.getTime() + DAY_MS);
}

function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** `/trends?day=YYYY-MM-DD` (default today, UTC). */
export const TrendsQuerySchema = z.strictObject({
  day: z.string().trim().regex(dateOnly, 'must be a date (2026-11-01)').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real date').optional(),
});
