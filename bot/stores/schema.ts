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

export interface BotTables {
  customers: CustomersTable;
  conversations: ConversationsTable;
  activities: ActivitiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  settings: SettingsTable;
  login_throttle: LoginThrottleTable;
}
