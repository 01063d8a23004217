/** The engine's inputs and outputs: plain data, no transport types. */
import { z } from 'zod';
import type { HandoffReason, TurnSignals } from './policy';
import { PreviousProblemSchema } from './signals/repeated-problem';
import { LangSchema, ScriptSchema, type Category, type Lang, type Level, type Script } from '../../contracts';

/** What a customer did this turn, already taken out of whatever channel carried it. */
export interface TurnInput {
  conversationId: string;
  channel: string;
  userId: string;
  /** The customer's text (may be empty when the turn is a button press). */
  text: string;
  /** Channel or browser locale, e.g. "zh-CN"; a hint only: the text's own language wins. */
  locale?: string;
  /** Structured payload of a button press (suggested action or card). */
  action?: CustomerAction;
  /** The customer's tier from the customer directory, when known. */
  customerTier?: 'vip' | 'regular' | 'new';
  /** A person already has this conversation in their queue: the engine still helps but does not hand off again. */
  queued?: boolean;
  /** What the intent recognizer (local, or Azure CLU) made of the text, when the runtime asked it. */
  recognized?: RecognizedIntent;
}

export interface RecognizedIntent {
  intent: string;
  confidence: number;
  source: 'local' | 'clu';
}

export const CustomerActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('choose-article'), articleId: z.string().min(1).max(120) }),
  z.object({ type: z.literal('feedback'), articleId: z.string().min(1).max(120), helpful: z.boolean() }),
  z.object({ type: z.literal('talk-to-person') }),
  /** Offered when the queue is busy: answered later instead of waiting. */
  z.object({ type: z.literal('leave-message') }),
  z.object({ type: z.literal('survey'), ticketId: z.string().min(1).max(40), score: z.number().int().min(1).max(5).optional(), nps: z.number().int().min(0).max(10).optional() }),
]);
export type CustomerAction = z.infer<typeof CustomerActionSchema>;

export interface SuggestedAction {
  title: string;
  /** Text sent back when the channel can only send text. */
  text: string;
  action: CustomerAction;
}

export type ReplyKind = 'answer' | 'clarify' | 'fallback' | 'small-talk' | 'acknowledge' | 'handoff';

export interface BotReply {
  kind: ReplyKind;
  lang: Lang;
  /** For Chinese: the script the text is written in (the customer's). */
  script?: Script;
  /** Markdown. */
  text: string;
  articleId?: string;
  suggestedActions?: SuggestedAction[];
}

export type Effect =
  | { type: 'unanswered'; text: string; lang: Lang; bestArticleId?: string; score?: number }
  | { type: 'feedback'; articleId: string; helpful: boolean }
  | { type: 'handoff'; level: Level; category: Category; reasons: HandoffReason[]; lang: Lang; script?: Script; text: string }
  | { type: 'survey'; ticketId: string; score?: number; nps?: number; comment?: string }
  | { type: 'leave-message'; lang: Lang; script?: Script };

/** Why the engine decided what it did: shown to editors and printed by `baton ask`. */
export interface TurnExplanation {
  lang: Lang;
  /** For Chinese: the customer's script (simplified or traditional). */
  script?: Script;
  decision: ReplyKind;
  rule: string;
  articleId?: string;
  score?: number;
  candidates: Array<{ articleId: string; score: number }>;
  signals?: TurnSignals;
  recognized?: RecognizedIntent;
  /** The service level of the handoff this turn asks for, if any. */
  level: Level | null;
}

export const EngineStateSchema = z.object({
  /** Unhelpful bot turns in a row (fallbacks and "not helpful" feedback). */
  consecutiveFailures: z.number().int().nonnegative().default(0),
  lang: LangSchema.optional(),
  /** The script the customer writes Chinese in, and for traditional, Taiwan or Hong Kong vocabulary and characters. */
  script: ScriptSchema.optional(),
  region: z.enum(['TW', 'HK']).optional(),
  /** The article of the bot's latest answer: the topic a follow-up without one ("and how long does that take") means. */
  lastArticleId: z.string().optional(),
  /** Emotion scores of the latest customer messages, newest last (for the rolling mood). */
  recentEmotion: z.array(z.number()).max(10).default([]),
  /** The last problem the customer reported, for two more messages: the same problem again goes to a person. */
  lastProblem: PreviousProblemSchema.optional(),
  /** After a survey score, the next free text is the survey comment for this ticket. */
  awaitingSurveyComment: z.string().optional(),
});
export type EngineState = z.infer<typeof EngineStateSchema>;

export interface TurnResult {
  replies: BotReply[];
  effects: Effect[];
  state: EngineState;
  explanation: TurnExplanation;
}
