/**
 * The one shape of a customer message's signals, with the evidence behind each: what `analyzeMessage` reads from the
 * text, what the engine adds from the conversation (mood over the last messages, tier, failures, the same problem
 * again), and what a trained recognizer (CLU) added. The policy decides on it, the engine's explanation carries it,
 * handoff reasons quote its evidence and `baton ask --json` prints it under `signals` as it is. Plain JSON.
 *
 * Outside tools read these names (DESIGN.md): `sentiment.label` / `.score`, `agentRequest` (bool), `amount`
 * (`{value, currency}` or null), `highValue`, `complaintLevel`. New signals are added beside them, never renamed.
 */
import { z } from 'zod';
import { LangSchema, LevelSchema, TierSchema } from '../../../contracts';

export const SentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

const evidence = z.array(z.string());

/** How the message reads overall, -1 … 1: what happened to the customer and how they feel about it. */
export const SentimentSchema = z.object({
  label: SentimentLabelSchema,
  score: z.number().min(-1).max(1),
  /** The words, phrases and cues that moved the score, e.g. `["not happy", "!!!"]`. */
  evidence,
});
export type SentimentResult = z.infer<typeof SentimentSchema>;

/**
 * How upset the customer sounds, -1 … 1: anger, frustration, insults, swearing, shouting, apart from the facts they
 * report. "My parcel never arrived" is a negative sentiment and no emotion (a problem to answer); "this is a joke,
 * absolutely useless!!!" is a strong emotion (a person should take it).
 */
export const EmotionSchema = z.object({
  score: z.number().min(-1).max(1),
  label: SentimentLabelSchema,
  /** Upset enough that a person should take over. */
  strong: z.boolean(),
  evidence,
});
export type Emotion = z.infer<typeof EmotionSchema>;

/**
 * What a message complains about, most severe first:
 * - L1: `safety` (injury, illness, fire, smoke, electric shock, a child hurt), `legal` (lawyers, courts, regulators,
 *   going public), `account_takeover` (someone else in the account, unauthorised charges);
 * - L2: `abuse` (insults and swearing at the staff or the company), `repeated_contact` ("the fourth time I've
 *   contacted you"), `threat` (a chargeback or bank dispute, a complaint to the marketplace, leaving for good, bad
 *   reviews and warning others: 拒付, 平台介入, 再也不买了, 给差评), `complaint` ("I want to complain",
 *   "unacceptable"), `service_failure` (damaged, late, missing, wrong, charged twice), `account_locked`.
 * The policy decides which of them need a person: a plain problem is answered first.
 */
export const ComplaintKindSchema = z.enum([
  'safety',
  'legal',
  'account_takeover',
  'abuse',
  'repeated_contact',
  'threat',
  'complaint',
  'service_failure',
  'account_locked',
]);
export type ComplaintKind = z.infer<typeof ComplaintKindSchema>;

/** L1 urgent or L2 important; a message with no complaint is L3 (general). */
export const ComplaintLevelSchema = LevelSchema.extract(['L1', 'L2']);
export type ComplaintLevel = z.infer<typeof ComplaintLevelSchema>;

export const ComplaintSchema = z.object({ kind: ComplaintKindSchema, level: ComplaintLevelSchema, evidence });
export type Complaint = z.infer<typeof ComplaintSchema>;

export const MoneyAmountSchema = z.object({
  value: z.number(),
  /** ISO 4217 code; `XXX` when neither the text nor the account names one. */
  currency: z.string(),
});
export type MoneyAmount = z.infer<typeof MoneyAmountSchema>;

/** The detectors the time budget may skip (complaints, agent requests and amounts always run first). */
export const DETECTORS = ['sentiment'] as const;
export const DetectorSchema = z.enum(DETECTORS);
export type Detector = z.infer<typeof DetectorSchema>;

/** What one message says, read by the detectors alone. */
export const MessageSignalsSchema = z.object({
  lang: LangSchema,
  sentiment: SentimentSchema,
  emotion: EmotionSchema,
  /** The customer asks for a person now (not "how do I reach one", not "the delivery agent"). */
  agentRequest: z.boolean(),
  /** The most severe complaint's level: L1 safety or legal, L2 complaint or service failure, L3 none (general). */
  complaintLevel: LevelSchema,
  complaintKind: ComplaintKindSchema.nullable(),
  /** Every kind of complaint seen, most severe first, each with its own evidence. */
  complaints: z.array(ComplaintSchema),
  /** The largest amount in the message. */
  amount: MoneyAmountSchema.nullable(),
  /** At or above the high-value threshold of its currency. */
  highValue: z.boolean(),
  /** What the yes/no signals saw (sentiment and emotion carry their own), to record with a handoff's reasons. */
  evidence: z.object({ agentRequest: evidence, complaint: evidence, amount: evidence }),
  /** Detectors not run because the time budget was spent (normally empty). */
  skipped: z.array(DetectorSchema),
});
export type MessageSignals = z.infer<typeof MessageSignalsSchema>;

export const RollingMoodSchema = z.object({
  /** Mean emotion score of the recent customer messages, this one included. */
  score: z.number(),
  label: SentimentLabelSchema,
  /** How many of them were upset on their own. */
  negativeTurns: z.number().int().nonnegative(),
});
export type RollingMood = z.infer<typeof RollingMoodSchema>;

export const RecognizedSchema = z.object({
  intent: z.string(),
  confidence: z.number().min(0).max(1),
  source: z.enum(['local', 'clu']),
});
export type Recognized = z.infer<typeof RecognizedSchema>;

/** One turn's signals: the message's, and what the conversation adds. Everything the handoff policy looks at. */
export const SignalsSchema = MessageSignalsSchema.extend({
  /** The customer's mood over the last few messages (emotion, not the facts reported). */
  rolling: RollingMoodSchema,
  tier: TierSchema.nullable(),
  /** The bot could not help twice in a row. */
  repeatedFailure: z.boolean(),
  /** The customer reports the problem the bot just answered again ("still not here", "that didn't help"). */
  repeatedProblem: z.boolean(),
  /** Evidence of the conversation-level signals. */
  context: z.object({ repeatedProblem: evidence }),
  /** A trained recognizer's reading (Azure CLU), when one was asked and trusted; its findings are in the signals. */
  recognized: RecognizedSchema.nullable(),
});
export type Signals = z.infer<typeof SignalsSchema>;
