/** Tables owned by `handoff/`. JSON columns are text; flags are 0/1 integers so both databases read them alike. */
export interface HandoffTicketsTable {
  id: string;
  conversation_id: string;
  /** Equals conversation_id while the ticket is active (bot, queued, assigned), else null: unique, one per conversation. */
  active_conversation_id: string | null;
  channel: string;
  status: string;
  level: string;
  category: string;
  skill_group: string;
  lang: string;
  customer_id: string;
  /** JSON Customer. */
  customer: string;
  /** JSON Reason[]. */
  reasons: string;
  last_customer_message: string | null;
  /** Where replies go when the customer last wrote from another conversation than the ticket's own; null: its own. */
  reply_conversation_id: string | null;
  reply_channel: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  reserved_for_id: string | null;
  reserved_for_name: string | null;
  /** JSON SlaPolicy, frozen at creation. */
  sla_policy: string;
  first_response_due_at: string;
  first_response_warn_at: string;
  first_responded_at: string | null;
  resolution_due_at: string;
  resolution_warn_at: string;
  paused_at: string | null;
  first_response_warned: number;
  first_response_breached: number;
  resolution_warned: number;
  resolution_breached: number;
  escalations: number;
  /** JSON Resolution. */
  resolution: string | null;
  /** JSON SurveyState. */
  survey: string | null;
  created_at: string;
  queued_at: string;
  updated_at: string;
  assigned_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  version: number;
  /** Last sequence number handed to this ticket's entries and events. */
  last_seq: number;
}

export interface HandoffEntriesTable {
  ticket_id: string;
  seq: number;
  kind: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: string;
}

export interface HandoffEventsTable {
  ticket_id: string;
  seq: number;
  type: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  actor_name: string | null;
  /** JSON object. */
  data: string;
  created_at: string;
}

export interface HandoffAgentsTable {
  id: string;
  name: string;
  email: string | null;
  /** JSON string[]. */
  groups: string;
  online: number;
  last_seen_at: string | null;
}

export interface HandoffTicketCountersTable {
  /** YYYYMMDD. */
  day: string;
  last: number;
}

/** When the customer last heard how their open ticket is going, and which due update the agent was reminded of. */
export interface HandoffProgressTable {
  ticket_id: string;
  last_told_at: string;
  reminded_for: string | null;
}

/** Conversations a ticket was joined from (the customer's other channels), so messages there reach the ticket. */
export interface HandoffTicketConversationsTable {
  ticket_id: string;
  conversation_id: string;
  channel: string;
  joined_at: string;
}

export interface HandoffTables {
  handoff_tickets: HandoffTicketsTable;
  handoff_entries: HandoffEntriesTable;
  handoff_events: HandoffEventsTable;
  handoff_agents: HandoffAgentsTable;
  handoff_ticket_counters: HandoffTicketCountersTable;
  handoff_progress: HandoffProgressTable;
  handoff_ticket_conversations: HandoffTicketConversationsTable;
}
