/**
 * What Direct Line checks on every request about a conversation — that it exists, is a web chat, and whose it is —
 * never changes once the conversation is created (channel, user and locale are written once; only a retention purge
 * of a conversation idle for days removes it). Each instance keeps those facts for conversations it read lately, so
 * a customer's message costs no database read for the check: a turn's round trips are most of its CPU on PostgreSQL.
 *
 * An entry lasts `ttlMs` from the read that made it (not from its last use), so every conversation is read again at
 * least that often; the number of entries is bounded, the oldest going first.
 */
import type { Conversation } from '../../conversations/model';

export type ConversationFacts = Pick<Conversation, 'id' | 'channel' | 'userId' | 'locale'>;

export class KnownConversations {
  private readonly entries = new Map<string, { facts: ConversationFacts; readAt: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): ConversationFacts | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.readAt < this.ttlMs) return entry.facts;
    this.entries.delete(id);
    return undefined;
  }

  remember(conversation: Conversation): ConversationFacts {
    const { id, channel, userId, locale } = conversation;
    const facts = { id, channel, userId, locale };
    // Re-inserted at the end: a Map keeps insertion order, so the first key is always the oldest read.
    this.entries.delete(id);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { facts, readAt: this.now() });
    return facts;
  }
}
