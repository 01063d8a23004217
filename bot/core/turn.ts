/** The engine's inputs and outputs: plain data, no transport types. */
import { z } from 'zod';

export type Lang = 'en' | 'zh';

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
}

export const CustomerActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('choose-article'), articleId: z.string().min(1).max(120) }),
  z.object({ type: z.literal('feedback'), articleId: z.string().min(1).max(120), helpful: z.boolean() }),
  z.object({ type: z.literal('talk-to-person') }),
]);
export type CustomerAction = z.infer<typeof CustomerActionSchema>;

export interface SuggestedAction {
  title: string;
  /** Text sent back when the channel can only send text. */
  text: string;
  action: CustomerAction;
}

export type ReplyKind = 'answer' | 'clarify' | 'fallback' | 'small-talk' | 'acknowledge';

export interface BotReply {
  kind: ReplyKind;
  lang: Lang;
  /** Markdown. */
  text: string;
  articleId?: string;
  suggestedActions?: SuggestedAction[];
}

export type Effect =
  | { type: 'unanswered'; text: string; lang: Lang; bestArticleId?: string; score?: number }
  | { type: 'feedback'; articleId: string; helpful: boolean };

/** Why the engine decided what it did: shown to editors and printed by `baton ask`. */
export interface TurnExplanation {
  lang: Lang;
  decision: ReplyKind;
  rule: string;
  articleId?: string;
  score?: number;
  candidates: Array<{ articleId: string; score: number }>;
}

export const EngineStateSchema = z.object({
  /** Unhelpful bot turns in a row (fallbacks and "not helpful" feedback). */
  consecutiveFailures: z.number().int().nonnegative().default(0),
  lang: z.enum(['en', 'zh']).optional(),
  lastArticleId: z.string().optional(),
});
export type EngineState = z.infer<typeof EngineStateSchema>;

export interface TurnResult {
  replies: BotReply[];
  effects: Effect[];
  state: EngineState;
  explanation: TurnExplanation;
}
