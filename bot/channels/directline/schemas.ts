import { z } from 'zod';

/**
 * An activity as a Direct Line client may post it. Identity fields (from, conversation) are set by Baton; a client's
 * own `id` is kept (as Azure's Direct Line keeps it), so a retried post is recognised and not answered twice.
 */
export const PostedActivitySchema = z.object({
  id: z.string().min(1, 'id must not be empty').max(200, 'id must be at most 200 characters').optional(),
  type: z.enum(['message', 'event', 'typing', 'invoke', 'messageReaction'], {
    message: 'type must be one of message, event, typing, invoke, messageReaction',
  }),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(z.record(z.string(), z.unknown())).max(10).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  from: z.object({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).partial().optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(60).optional(),
  timestamp: z.string().max(40).optional(),
});
export type PostedActivity = z.infer<typeof PostedActivitySchema>;

export const WatermarkSchema = z
  .string()
  .regex(/^\d{1,12}$/, 'watermark must be a whole number, as returned by the previous call')
  .transform(Number)
  .optional();

export const ConversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'conversation id is malformed');

export const TokenGenerateSchema = z
  .object({ user: z.object({ id: z.string().min(1).max(200).optional(), name: z.string().max(200).optional() }).optional() })
  .optional();

/** Fields of a stored activity a Direct Line client gets back. */
export const CLIENT_ACTIVITY_FIELDS = [
  'type', 'id', 'timestamp', 'localTimestamp', 'localTimezone', 'channelId', 'from', 'conversation', 'recipient',
  'text', 'textFormat', 'locale', 'attachments', 'attachmentLayout', 'suggestedActions', 'channelData', 'replyToId',
  'value', 'name', 'entities', 'inputHint', 'speak',
] as const;
