/** Tables owned by `bot/`: conversations and their activity log (the transcript), people, settings. */
import type { Generated } from 'kysely';

export interface ConversationsTable {
  id: string;
  channel: string;
  user_id: string;
  locale: string | null;
  created_at: string;
  updated_at: string;
  /** Last activity sequence number handed out; the Direct Line watermark. */
  last_seq: number;
  /** Bot Framework conversation reference (JSON) for proactive messages. */
  reference: string | null;
  /** Conversation-engine state (JSON) and its version, for optimistic concurrency. */
  state: string;
  state_version: number;
}

export interface ActivitiesTable {
  conversation_id: string;
  seq: number;
  id: string;
  direction: 'in' | 'out';
  role: 'customer' | 'bot' | 'agent' | 'system';
  type: string;
  text: string | null;
  body: string;
  created_at: string;
  /** Inbound activities: when its turn was last claimed (null: never, or released after a failure). */
  turn_claimed_at?: string | null;
  /** Inbound activities: when its turn finished (its replies stored); null while unfinished. */
  turn_done_at?: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  roles: string;
  created_at: string;
  disabled: Generated<number>;
  locale: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface CustomersTable {
  id: string;
  email: string | null;
  channel: string | null;
  channel_user_id: string | null;
  name: string | null;
  tier: string;
  updated_at: string;
}

export interface LoginThrottleTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

/** A customer who gave an e-mail address and agreed to be told of replies there; `seen_at`: when their chat last read. */
export interface CustomerContactsTable {
  conversation_id: string;
  email: string;
  consented_at: string;
  seen_at: string | null;
}

/** An agent reply to e-mail if the customer has not read it in the chat by `due_at`; the text is emptied once done. */
export interface ReplyMailTable {
  id: string;
  conversation_id: string;
  ticket_id: string;
  agent_name: string;
  text: string;
  written_at: string;
  due_at: string;
  state: 'pending' | 'sent' | 'skipped';
  done_at: string | null;
}

export interface BotTables {
  customers: CustomersTable;
  conversations: ConversationsTable;
  activities: ActivitiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  settings: SettingsTable;
  login_throttle: LoginThrottleTable;
  customer_contacts: CustomerContactsTable;
  reply_mail: ReplyMailTable;
}
