/** Request bodies and queries of the ticket API. */
import { z } from 'zod';
import { decodeTicketCursor } from './ticket-cursor';
import { TicketStatusSchema } from '../model';

const Text = (what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(4000, `${what} is at most 4,000 characters`);

export const MessageBodySchema = z.object({ text: Text('text') });
export const NoteBodySchema = z.object({ text: Text('text') });

export const TransferBodySchema = z.union(
  [
    z.object({ group: z.string().min(1).max(64), note: Text('note').optional() }).strict(),
    z.object({ agentId: z.string().min(1).max(64), note: Text('note').optional() }).strict(),
  ],
  { message: 'transfer needs either "group" (a skill group id) or "agentId"' },
);

export const ResolveBodySchema = z.object({ code: z.string().min(1).max(40), note: Text('note').optional() });
export const ReturnToBotBodySchema = z.object({ note: Text('note').optional() });

export const AgentGroupsBodySchema = z.object({ groups: z.array(z.string().min(1).max(64)).max(50), name: z.string().trim().min(1).max(200).optional() });

/** `?status=queued,assigned` (or repeated), `open` (default: queued and assigned) or `all`; `?mine=true`. */
export const TicketListQuerySchema = z.object({
  status: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      const words = (Array.isArray(value) ? value : [value ?? 'open']).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      const statuses = new Set<z.infer<typeof TicketStatusSchema>>();
      for (const word of words) {
        if (word === 'open') ['queued', 'assigned'].forEach((s) => statuses.add(s as 'queued' | 'assigned'));
        else if (word === 'all') TicketStatusSchema.options.forEach((s) => statuses.add(s));
        else if (TicketStatusSchema.safeParse(word).success) statuses.add(word as z.infer<typeof TicketStatusSchema>);
        else ctx.addIssue({ code: 'custom', message: `status ${word} is not one of open, all, ${TicketStatusSchema.options.join(', ')}` });
      }
      return [...statuses];
    }),
  mine: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  /** Page size: 1 to 500 (default 500). */
  limit: z.coerce.number({ message: 'limit must be a number from 1 to 500' }).int('limit must be a whole number').min(1, 'limit must be at least 1').max(500, 'limit must be at most 500').optional(),
  /** The `next` of the previous page. */
  after: z
    .string()
    .max(400)
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const position = decodeTicketCursor(value);
      if (!position) ctx.addIssue({ code: 'custom', message: 'after must be the next value of a previous page of this list' });
      return position;
    }),
});
