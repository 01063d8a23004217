/**
 * Handoff configuration: service levels, the business-hours calendar, routing rules, survey sampling, presence and
 * alerts. Parsed once with zod; every field has the default from DESIGN.md, so `HandoffConfigSchema.parse({})` is a
 * working configuration. Routing rules can come from a JSON file (`parseHandoffConfig`) and fail with messages that
 * name the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { SlaTargetsSchema } from './model';
import { CategorySchema, LangSchema, LevelSchema, TierSchema } from '../contracts';

export const DEFAULT_SLA_TARGETS = {
  L1: { firstResponseMinutes: 15, resolutionMinutes: 120 },
  L2: { firstResponseMinutes: 30, resolutionMinutes: 24 * 60 },
  L3: { firstResponseMinutes: 60, resolutionMinutes: 48 * 60 },
} as const;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const HHMM = '([01]\\d|2[0-3]):[0-5]\\d|24:00';
const INTERVAL = new RegExp(`^(${HHMM})-(${HHMM})$`);

/** "09:00-18:00": an opening interval inside one local day (to 24:00 at most; no overnight intervals). */
export const OpeningIntervalSchema = z
  .string()
  .regex(INTERVAL, 'an opening interval looks like "09:00-18:00"')
  .refine((value) => {
    const [from, to] = value.split('-').map(minutesOfDay);
    return to > from;
  }, 'an opening interval must end after it starts (split overnight hours at 24:00)');

export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

const ALL_DAY = ['00:00-24:00'];

export const BusinessCalendarSchema = z
  .object({
    /** IANA time zone the opening hours and holidays are written in. */
    timeZone: z.string().refine(isTimeZone, 'timeZone must be an IANA time zone such as Europe/Berlin or Asia/Shanghai'),
    /** Opening intervals per weekday; a missing or empty day is closed. */
    weekly: z.partialRecord(z.enum(WEEKDAYS), z.array(OpeningIntervalSchema)),
    /** Closed local dates, YYYY-MM-DD. */
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'holidays are dates like 2026-12-25')).default([]),
  })
  .refine((c) => Object.values(c.weekly).some((intervals) => (intervals ?? []).length > 0), {
    message: 'the calendar must be open at least one interval a week',
  });
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

/** Open around the clock: the default, so a fresh install hands off at any hour. Configure real hours in production. */
export const ALWAYS_OPEN: z.input<typeof BusinessCalendarSchema> = {
  timeZone: 'UTC',
  weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, ALL_DAY])),
  holidays: [],
};

const GroupIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'a skill group id is lower-case letters, digits, - and _');

export const RoutingRuleSchema = z
  .object({
    name: z.string().max(200).optional(),
    group: GroupIdSchema,
    /** Any of these words in the customer's last message or the handoff reasons (case-insensitive). */
    keywords: z.array(z.string().trim().min(1).max(100)).optional(),
    categories: z.array(CategorySchema).optional(),
    tiers: z.array(TierSchema).optional(),
    channels: z.array(z.string().min(1)).optional(),
    languages: z.array(LangSchema).optional(),
    levels: z.array(LevelSchema).optional(),
  })
  .strict()
  .refine((r) => [r.keywords, r.categories, r.tiers, r.channels, r.languages, r.levels].some((c) => c && c.length > 0), {
    message: 'a rule needs at least one condition (keywords, categories, tiers, channels, languages or levels)',
  });
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

export const RoutingConfigSchema = z
  .object({
    groups: z
      .array(z.object({ id: GroupIdSchema, name: z.string().min(1).max(100) }))
      .min(1)
      .default([{ id: 'general', name: 'General' }]),
    /** Tickets no rule matches, and agents with no groups of their own, belong here. */
    defaultGroup: GroupIdSchema.default('general'),
    /** First match wins; within a rule every given condition must hold, and any value of a list may match. */
    rules: z.array(RoutingRuleSchema).default([]),
  })
  .superRefine((routing, ctx) => {
    const ids = new Set(routing.groups.map((g) => g.id));
    if (ids.size !== routing.groups.length) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'skill group ids must be unique' });
    if (!ids.has(routing.defaultGroup)) {
      ctx.addIssue({ code: 'custom', path: ['defaultGroup'], message: `defaultGroup ${routing.defaultGroup} is not one of the groups` });
    }
    routing.rules.forEach((rule, i) => {
      if (!ids.has(rule.group)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'group'], message: `group ${rule.group} is not one of the groups` });
    });
  });
export type RoutingConfig = z.infer<typeof RoutingConfigSchema>;

const Threshold = {
  /** Tickets already waiting in the group. */
  queuedAtLeast: z.number().int().positive().optional(),
  /** The wait a new ticket in the group can expect, in minutes. */
  waitMinutesAtLeast: z.number().positive().optional(),
};
const hasThreshold = (t: { queuedAtLeast?: number; waitMinutesAtLeast?: number }) => t.queuedAtLeast !== undefined || t.waitMinutesAtLeast !== undefined;

export const OverflowConfigSchema = z
  .object({
    /** When `from`'s queue or expected wait reaches a threshold, new tickets go to `to` instead (first match wins). */
    rules: z
      .array(
        z
          .object({ from: GroupIdSchema, to: GroupIdSchema, ...Threshold })
          .strict()
          .refine(hasThreshold, { message: 'an overflow rule needs queuedAtLeast or waitMinutesAtLeast' }),
      )
      .default([]),
    /** When a new ticket's group (after overflow) is this busy, the customer is offered to leave a message instead of waiting. */
    offerMessage: z.object(Threshold).strict().optional(),
  })
  .prefault({});
export type OverflowConfig = z.infer<typeof OverflowConfigSchema>;

export const DEFAULT_RESOLUTION_CODES = ['solved', 'workaround', 'refund-issued', 'replacement-sent', 'duplicate', 'no-response', 'not-our-issue'];

export const HandoffConfigSchema = z.object({
  sla: z
    .object({
      targets: SlaTargetsSchema.default(structuredClone(DEFAULT_SLA_TARGETS) as z.infer<typeof SlaTargetsSchema>),
      /** Fraction of a target at which the console warns. */
      warnAt: z.number().gt(0).lt(1).default(0.8),
    })
    .prefault({}),
  businessHours: BusinessCalendarSchema.prefault(ALWAYS_OPEN),
  routing: RoutingConfigSchema.prefault({}),
  survey: z
    .object({
      /** Share of resolved tickets whose survey also asks the 0–10 NPS question. */
      npsSampleRate: z.number().min(0).max(1).default(0.2),
    })
    .prefault({}),
  presence: z
    .object({
      /** An agent silent this long is offline and their tickets go back to the queue. */
      timeoutMinutes: z.number().positive().default(3),
    })
    .prefault({}),
  alerts: z
    .object({
      /** Breaches are POSTed here as JSON when set (besides the console). */
      webhookUrl: z.url({ message: 'alerts.webhookUrl must be a URL' }).optional(),
    })
    .prefault({}),
  resolutionCodes: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).min(1).default(DEFAULT_RESOLUTION_CODES),
  /** A resolved ticket whose survey nobody answers is closed after this long. */
  closeResolvedAfterMinutes: z.number().positive().default(24 * 60),
  /** Expected handling time per ticket before Baton has measured its own. */
  defaultHandleMinutes: z.number().positive().default(6),
  /**
   * While a ticket is open the customer hears how it is going, every so many business minutes per level (the
   * standards: hourly when urgent, every 4 hours otherwise); agents are reminded a little before, and any reply of
   * theirs counts as the update. Counted in business minutes, so nothing is sent outside business hours.
   */
  overflow: OverflowConfigSchema,
  progressUpdates: z
    .object({
      enabled: z.boolean().default(true),
      everyMinutes: z
        .object({ L1: z.number().positive(), L2: z.number().positive(), L3: z.number().positive() })
        .default({ L1: 60, L2: 240, L3: 240 }),
      remindAgentMinutesBefore: z.number().nonnegative().default(15),
    })
    .prefault({}),
}).superRefine((config, ctx) => {
  const ids = new Set(config.routing.groups.map((g) => g.id));
  config.overflow.rules.forEach((rule, i) => {
    for (const field of ['from', 'to'] as const) {
      if (!ids.has(rule[field])) ctx.addIssue({ code: 'custom', path: ['overflow', 'rules', i, field], message: `group ${rule[field]} is not one of the routing groups` });
    }
  });
});
export type HandoffConfig = z.infer<typeof HandoffConfigSchema>;
export type HandoffConfigInput = z.input<typeof HandoffConfigSchema>;

/** Parses configuration (e.g. a JSON file's content); a failure names every bad field. */
export function parseHandoffConfig(input: unknown): HandoffConfig {
  const result = HandoffConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(handoff config)'}: ${i.message}`);
  throw new Error(`invalid handoff configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/**
 * Reads the operator's configuration file (e.g. DATA_DIR/handoff.json: routing rules, hours, targets); every field
 * is optional, and a missing file means the defaults.
 */
export function loadHandoffConfigFile(file: string): HandoffConfig {
  if (!existsSync(file)) return parseHandoffConfig({});
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return parseHandoffConfig(json);
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
