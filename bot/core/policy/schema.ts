/**
 * The handoff policy: a declarative rule set an admin can edit (JSON, validated here). Each rule names the signals
 * it needs (all must hold) and what follows: a handoff at a level, with a category. The default follows the
 * customer-service standards DESIGN.md cites: the bot answers a plain problem first; a person takes over on an
 * explicit request, strong emotion or abuse, the same problem again after the answer, repeated contacts, safety,
 * legal or regulator words, high value, and VIP rules.
 */
import { z } from 'zod';
import { CategorySchema, LevelSchema, TierSchema } from '../../../contracts';
import { ComplaintKindSchema, DEFAULT_COSTLY_ORDER_THRESHOLD, DEFAULT_COSTLY_ORDER_THRESHOLDS, DEFAULT_HIGH_VALUE_THRESHOLD, DEFAULT_HIGH_VALUE_THRESHOLDS, SentimentLabelSchema } from '../signals';

export { CategorySchema, LevelSchema, type Category, type Level } from '../../../contracts';

const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');

/** Conditions on the turn's signals; every condition present must hold. */
export const ConditionSchema = z
  .object({
    agentRequest: z.boolean(),
    /** The message's most severe complaint is at this level (L3: it has none). */
    complaintLevel: LevelSchema,
    /** The message complains of this kind (among others, perhaps). */
    complaintKind: ComplaintKindSchema,
    /** This message's sentiment score is at or below this (-1 … 1). */
    sentimentAtMost: z.number().min(-1).max(1),
    sentiment: SentimentLabelSchema,
    /** This message's emotion score is at or below this (-1 … 1). */
    emotionAtMost: z.number().min(-1).max(1),
    /** The customer is upset enough for a person (strong emotion, or abuse). */
    strongEmotion: z.boolean(),
    /** At least this many upset customer messages in the recent window (this one included). */
    negativeTurnsAtLeast: z.number().int().min(1).max(20),
    highValue: z.boolean(),
    tier: TierSchema,
    /** The bot failed to help twice in a row. */
    repeatedFailure: z.boolean(),
    /** The customer reports the problem the bot just answered again. */
    repeatedProblem: z.boolean(),
  })
  .partial()
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a rule needs at least one condition');
export type Condition = z.infer<typeof ConditionSchema>;

/** What the bot says before the queue status: an apology; for safety, also "get help first"; for legal, who takes it. */
export const HandoffReplySchema = z.enum(['empathy', 'safety', 'legal']);
export type HandoffReply = z.infer<typeof HandoffReplySchema>;

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,60}$/, 'rule ids are lowercase words joined by -'),
    description: z.string().max(300).default(''),
    when: ConditionSchema,
    then: z
      .object({
        handoff: z.literal(true),
        level: LevelSchema,
        /** The ticket's category; without one, it follows what the message complains of (after-sales, complaint…). */
        category: CategorySchema.optional(),
        /** Answer with an apology first: the customer is upset. */
        empathize: z.boolean().default(false),
        /** Which apology (`empathize: true` alone is `empathy`). */
        reply: HandoffReplySchema.optional(),
        /** Also give the knowledge base's answer when it has a confident one (never for safety or legal matters). */
        withArticle: z.boolean().default(true),
      })
      .strict(),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

export const PolicySchema = z
  .object({
    rules: z.array(RuleSchema).max(100),
    /** Handoffs for these tiers are raised one level (L3 → L2 → L1). */
    raiseLevelForTiers: z.array(TierSchema).default(['vip']),
    /**
     * Money at or above this is a high-value case, in currencies `highValueThresholds` does not list (DESIGN.md's
     * 500 000).
     */
    highValueThreshold: z.number().positive().default(DEFAULT_HIGH_VALUE_THRESHOLD),
    /** High-value figures per currency (about US$20,000 each by default; see signals/high-value.ts). */
    highValueThresholds: z.record(CurrencySchema, z.number().positive()).default({ ...DEFAULT_HIGH_VALUE_THRESHOLDS.byCurrency }),
    /**
     * An order that went wrong is a high-value case from this amount on, in currencies `costlyOrderThresholds` does not
     * list.
     */
    costlyOrderThreshold: z.number().positive().default(DEFAULT_COSTLY_ORDER_THRESHOLD),
    /** Costly-order figures per currency (about US$1,500 each by default; see signals/high-value.ts). */
    costlyOrderThresholds: z.record(CurrencySchema, z.number().positive()).default({ ...DEFAULT_COSTLY_ORDER_THRESHOLDS.byCurrency }),
    /** The currency of amounts written without one ("50万", "I paid 3000"), by the customer's language. */
    defaultCurrency: z.object({ en: CurrencySchema, zh: CurrencySchema }).default({ en: 'USD', zh: 'CNY' }),
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
export type PolicyInput = z.input<typeof PolicySchema>;

const urgent = (reply: HandoffReply) => ({ handoff: true, level: 'L1', category: 'complaint', empathize: true, reply, withArticle: false }) as const;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({
  rules: [
    {
      id: 'safety',
      description: 'Injury, illness, fire, smoke, electric shock, a child hurt: to the front of the queue at once, with no article.',
      when: { complaintKind: 'safety' },
      then: urgent('safety'),
    },
    {
      id: 'legal',
      description: 'Lawyers, courts, regulators, going public: to the front of the queue at once, with no article.',
      when: { complaintKind: 'legal' },
      then: urgent('legal'),
    },
    {
      id: 'account-takeover',
      description: 'Someone else in the account, charges the customer did not make.',
      when: { complaintKind: 'account_takeover' },
      then: { handoff: true, level: 'L1', empathize: true },
    },
    {
      id: 'vip-strong-emotion',
      description: 'A VIP who is clearly upset.',
      when: { tier: 'vip', strongEmotion: true },
      then: { handoff: true, level: 'L1', category: 'complaint', empathize: true },
    },
    {
      id: 'abuse',
      description: 'Insults or swearing at the staff or the company.',
      when: { complaintKind: 'abuse' },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true, withArticle: false },
    },
    {
      id: 'threat',
      description: 'A chargeback or bank dispute, a complaint to the marketplace, leaving for good, bad reviews ("拒付", "平台介入", "never ordering again").',
      when: { complaintKind: 'threat' },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true },
    },
    {
      id: 'strong-emotion',
      description: 'Strongly upset (anger, frustration, shouting), whatever the problem.',
      when: { strongEmotion: true },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true },
    },
    {
      id: 'repeated-contact',
      description: 'The customer has contacted us about this before ("the fourth time", "第三次发错了").',
      when: { complaintKind: 'repeated_contact' },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true },
    },
    {
      id: 'repeated-problem',
      description: 'The same problem again after the bot answered it.',
      when: { repeatedProblem: true },
      then: { handoff: true, level: 'L2', empathize: true },
    },
    {
      id: 'upset-twice',
      description: 'Upset in two recent messages.',
      when: { negativeTurnsAtLeast: 2 },
      then: { handoff: true, level: 'L2', category: 'complaint', empathize: true },
    },
    {
      id: 'high-value',
      description: 'An amount at or above the high-value threshold of its currency.',
      when: { highValue: true },
      then: { handoff: true, level: 'L2' },
    },
    {
      id: 'repeated-failure',
      description: 'The bot failed to help twice in a row.',
      when: { repeatedFailure: true },
      then: { handoff: true, level: 'L2', category: 'inquiry' },
    },
    {
      id: 'agent-request',
      description: 'The customer asked for a person.',
      when: { agentRequest: true },
      then: { handoff: true, level: 'L3' },
    },
  ],
});
