import { z } from 'zod';

export const TranscriptRoleSchema = z.enum(['customer', 'bot', 'agent', 'system']);
export type TranscriptRole = z.infer<typeof TranscriptRoleSchema>;

/** One activity in a conversation's log, as stored: the transcript and the Direct Line feed are both read from it. */
export const StoredActivitySchema = z.object({
  conversationId: z.string(),
  seq: z.number().int().nonnegative(),
  id: z.string(),
  direction: z.enum(['in', 'out']),
  role: TranscriptRoleSchema,
  type: z.string(),
  text: z.string().nullable(),
  /** The Bot Framework activity as sent or received (after personal data was redacted). */
  activity: z.record(z.string(), z.unknown()),
  timestamp: z.string(),
});
export type StoredActivity = z.infer<typeof StoredActivitySchema>;

export const NewActivitySchema = StoredActivitySchema.pick({ direction: true, role: true, type: true, text: true, activity: true }).extend({
  id: z.string().optional(),
});
export type NewActivity = z.infer<typeof NewActivitySchema>;

export const ConversationSchema = z.object({
  id: z.string(),
  channel: z.string(),
  userId: z.string(),
  locale: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastSeq: z.number().int().nonnegative(),
  reference: z.record(z.string(), z.unknown()).nullable(),
  state: z.record(z.string(), z.unknown()),
  stateVersion: z.number().int().nonnegative(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export interface NewConversation {
  id: string;
  channel: string;
  userId: string;
  locale?: string | null;
  reference?: Record<string, unknown> | null;
}
