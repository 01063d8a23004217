/**
 * The handoff policy: a declarative rule set an admin can edit (JSON, validated here). Each rule names the signals
 * it needs (all must hold) and what follows: a handoff at a level, with a category. Defaults follow DESIGN.md's
 * service levels.
 */
import { z } from 'zod';
import { CategorySchema, LevelSchema, TierSchema } from '../../../contracts';

/** Conditions on the turn's signals; every condition present must hold. */
export const ConditionSchema = z
  .object({
    agentRequest: z.boolean(),
    complaintLevel: LevelSchema,
    complaintKind: z.enum(['safety', 'legal', 'account_locked', 'service_failure', 'complaint']),
    /** This message's sentiment score is at or below this (-1 … 1). */
    sentimentAtMost: z.number().min(-1).max(1),
    /** At least this many negative customer messages in the recent window (this one included). */
    negativeTurnsAtLeast: z.number().int().min(1).max(20),
    highValue: z.boolean(),
    tier: TierSchema,
    sentiment: z.enum(['negative', 'neutral', 'positive']),
    repeatedFailure: z.boolean(),
  })
  .partial()
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a rule needs at least one condition');
export type Condition = z.infer<typeof ConditionSchema>;

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,60}$/, 'rule ids are lowercase words joined by -'),
    description: z.string().max(300).default(''),
    when: ConditionSchema,
    then: z.object({
      handoff: z.literal(true),
      level: LevelSchema,
      category: CategorySchema.optional(),
      /** Answer with an apology first: the customer is upset. */
      empathize: z.boolean().default(false),
    }),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

export const PolicySchema = z
  .object({
    rules: z.array(RuleSchema).max(100),
    /** Handoffs for these tiers are raised one level (L3 → L2 → L1). */
    raiseLevelForTiers: z.array(TierSchema).default(['vip']),
    /** Money at or above this (in the account currency) is a high-value case. */
    highValueThreshold: z.number().positive().default(500_000),
    /** The currency of amounts written without one ("50万", "I paid 3000"), by the customer's language. */
    defaultCurrency: z
      .object({ en: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'), zh: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY') })
      .default({ en: 'USD', zh: 'CNY' }),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id ${rule.id} is used twice` });
      seen.add(rule.id);
    });
  });
export type Policy = z.infer<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({
  rules: [
    {
      id: 'safety-or-legal',
      description: 'Safety incidents, legal threats and locked-out accounts go to the front of the queue at once.',
      when: { complaintLevel: 'L1' },
      then: { handoff: true, level: 'L1', category: 'complaint', empathize: true },
    },
    {
      id: 'vip-strong-negative',
      description: 'A VIP who is clearly upset.',
      when: { tier: 'vip', sentimentAtMost: -0.5 },
      then: { handoff: true, level: 'L1', category: 'complaint', empathize: true },
    },
    {
      id: 'strong-negative',
      description: 'Strongly negative once.',
      when: { sentimentAtMost: -0.6 },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true },
    },
    {
      id: 'negative-twice',
      description: 'Negative in two recent messages.',
      when: { negativeTurnsAtLeast: 2 },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true },
    },
    {
      id: 'complaint',
      description: 'A service failure or a complaint.',
      when: { complaintLevel: 'L2' },
      then: { handoff: true, level: 'L2', category: 'after-sales', empathize: true },
    },
    {
      id: 'high-value',
      description: 'An amount at or above the high-value threshold.',
      when: { highValue: true },
      then: { handoff: true, level: 'L2', category: 'after-sales' },
    },
    {
      id: 'repeated-failure',
      description: 'The bot failed twice in a row.',
      when: { repeatedFailure: true },
      then: { handoff: true, level: 'L2', category: 'inquiry' },
    },
    {
      id: 'agent-request',
      description: 'The customer asked for a person.',
      when: { agentRequest: true },
      then: { handoff: true, level: 'L3', category: 'inquiry' },
    },
  ],
});
