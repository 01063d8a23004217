/**
 * The handoff domain as data: tickets, their SLA clocks, history entries, events and agents. Every type is inferred
 * from its schema so the API, the store and the service cannot drift apart.
 */
import { z } from 'zod';
import { CategorySchema, LangSchema, LevelSchema, TierSchema } from '../contracts';

export const TicketStatusSchema = z.enum(['bot', 'queued', 'assigned', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

export const ReasonSchema = z.object({
  code: z.string().trim().min(1).max(64),
  detail: z.string().max(2000),
  evidence: z.array(z.string().max(2000)).max(20).optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const CustomerSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  tier: TierSchema.optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const HandoffRequestSchema = z.object({
  conversationId: z.string().min(1).max(200),
  channel: z.string().min(1).max(64),
  customer: CustomerSchema,
  lang: LangSchema,
  level: LevelSchema,
  category: CategorySchema,
  reasons: z.array(ReasonSchema).max(50),
  lastCustomerMessage: z.string().max(4000).optional(),
  /**
   * The customer id is one identity across channels (the customer directory's): a request from another conversation
   * joins the customer's open ticket instead of opening a second one.
   */
  joinOpenTicket: z.boolean().optional(),
});
export type HandoffRequest = z.infer<typeof HandoffRequestSchema>;

export const PersonRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** One of the customer's conversations on a channel (web chat, Teams). */
export const ConversationRefSchema = z.object({ conversationId: z.string().min(1).max(200), channel: z.string().min(1).max(64) });
export type ConversationRef = z.infer<typeof ConversationRefSchema>;

/** A conversation a ticket is followed in: its own, or one the customer joined it from (another channel). */
export const TicketConversationSchema = ConversationRefSchema.extend({
  /** When it became the ticket's: the ticket's creation for its own conversation, the join for another. */
  since: z.string(),
});
export type TicketConversation = z.infer<typeof TicketConversationSchema>;
export const SlaTargetSchema = z.object({
  firstResponseMinutes: z.number().positive(),
  resolutionMinutes: z.number().positive(),
});
export const SlaTargetsSchema = z.object({ L1: SlaTargetSchema, L2: SlaTargetSchema, L3: SlaTargetSchema });
export type SlaTargets = z.infer<typeof SlaTargetsSchema>;

/** The targets in force when the ticket was created, frozen on it: later config changes do not move its deadlines. */
export const SlaPolicySchema = z.object({ targets: SlaTargetsSchema, warnAt: z.number().gt(0).lt(1) });
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;

export const TicketSlaSchema = z.object({
  policy: SlaPolicySchema,
  firstResponseDueAt: z.string(),
  firstResponseWarnAt: z.string(),
  firstRespondedAt: z.string().nullable(),
  resolutionDueAt: z.string(),
  resolutionWarnAt: z.string(),
  /** Set while the ticket waits on the customer (after an agent's reply): the resolution clock is paused. */
  pausedAt: z.string().nullable(),
  firstResponseWarned: z.boolean(),
  firstResponseBreached: z.boolean(),
  resolutionWarned: z.boolean(),
  resolutionBreached: z.boolean(),
  /** How often a breach raised the level. */
  escalations: z.number().int().nonnegative(),
});
export type TicketSla = z.infer<typeof TicketSlaSchema>;

export const ResolutionSchema = z.object({ code: z.string(), note: z.string().nullable(), at: z.string(), by: PersonRefSchema });
export type Resolution = z.infer<typeof ResolutionSchema>;

export const SurveyAnswerSchema = z
  .object({
    score: z.number().int().min(1).max(5).optional(),
    nps: z.number().int().min(0).max(10).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((a) => a.score !== undefined || a.nps !== undefined || (a.comment !== undefined && a.comment !== ''), {
    message: 'a survey answer needs a score, an NPS or a comment',
  });
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

export const SurveyStateSchema = z.object({
  requestedAt: z.string(),
  npsRequested: z.boolean(),
  score: z.number().int().nullable(),
  nps: z.number().int().nullable(),
  comment: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type SurveyState = z.infer<typeof SurveyStateSchema>;

export const TicketSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  channel: z.string(),
  status: TicketStatusSchema,
  level: LevelSchema,
  category: CategorySchema,
  skillGroup: z.string(),
  lang: LangSchema,
  customer: CustomerSchema,
  reasons: z.array(ReasonSchema),
  lastCustomerMessage: z.string().nullable(),
  /**
   * Where the customer last wrote about this ticket, and so where agent replies, notices, progress updates and the
   * survey go: the ticket's own conversation, until the customer writes from another one that joined it (say Teams,
   * for a web chat ticket); writing in the first one again moves it back.
   */
  replyTo: ConversationRefSchema,
  assignee: PersonRefSchema.nullable(),
  /** A transfer to a named agent reserves the queued ticket for them. */
  reservedFor: PersonRefSchema.nullable(),
  sla: TicketSlaSchema,
  resolution: ResolutionSchema.nullable(),
  survey: SurveyStateSchema.nullable(),
  createdAt: z.string(),
  /** Place in the queue: set when the ticket is (re)requested; transfers and lost agents keep it. */
  queuedAt: z.string(),
  updatedAt: z.string(),
  assignedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int().nonnegative(),
});
export type Ticket = z.infer<typeof TicketSchema>;

/** What a new ticket is made of; the store assigns its id, version and bookkeeping. */
export type NewTicket = Omit<Ticket, 'id' | 'status' | 'version' | 'updatedAt'>;

/** Fields a change may set; `status` is not among them: only a transition writes it. */
export type TicketPatch = Partial<
  Pick<
    Ticket,
    | 'level'
    | 'category'
    | 'skillGroup'
    | 'reasons'
    | 'lastCustomerMessage'
    | 'replyTo'
    | 'assignee'
    | 'reservedFor'
    | 'sla'
    | 'resolution'
    | 'survey'
    | 'queuedAt'
    | 'assignedAt'
    | 'resolvedAt'
    | 'closedAt'
  >
>;

export const EntryKindSchema = z.enum(['agent-message', 'note', 'coaching']);
export type EntryKind = z.infer<typeof EntryKindSchema>;

/** A ticket's own history: what agents wrote. Customer and bot turns live in the conversation transcript. */
export const TicketEntrySchema = z.object({
  ticketId: z.string(),
  seq: z.number().int().positive(),
  kind: EntryKindSchema,
  author: PersonRefSchema,
  text: z.string(),
  at: z.string(),
});
export type TicketEntry = z.infer<typeof TicketEntrySchema>;
export type NewEntry = Pick<TicketEntry, 'kind' | 'author' | 'text' | 'at'>;

export const TicketEventTypeSchema = z.enum([
  'ticket.created',
  'ticket.requeued',
  'ticket.updated',
  'ticket.claimed',
  'ticket.transferred',
  'ticket.released',
  'ticket.resolved',
  'ticket.closed',
  'ticket.returned-to-bot',
  'ticket.message',
  'ticket.note',
  'ticket.coaching',
  'ticket.customer-message',
  'ticket.survey',
  'sla.warning',
  'sla.breached',
  'progress.reminder',
  'progress.update',
]);
export type TicketEventType = z.infer<typeof TicketEventTypeSchema>;

export const TicketEventSchema = z.object({
  ticketId: z.string(),
  seq: z.number().int().positive(),
  type: TicketEventTypeSchema,
  /** Set for status transitions only. */
  from: TicketStatusSchema.nullable(),
  to: TicketStatusSchema.nullable(),
  actor: PersonRefSchema.nullable(),
  data: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type TicketEvent = z.infer<typeof TicketEventSchema>;
export type NewTicketEvent = Pick<TicketEvent, 'type' | 'actor' | 'at'> & { data?: Record<string, unknown> };

export const AgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  /** Skill groups; empty means the default group. */
  groups: z.array(z.string()),
  online: z.boolean(),
  lastSeenAt: z.string().nullable(),
});
export type Agent = z.infer<typeof AgentSchema>;

