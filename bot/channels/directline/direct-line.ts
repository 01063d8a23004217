/**
 * Baton's built-in Direct Line 3.0: the conversation API the official Web Chat client speaks. Activities go through
 * the real Agents SDK adapter in-process (`BotEndpoint`); every activity a client sees is read back from the
 * conversation store, so the watermark is the store's sequence number.
 */
import { randomBytes } from 'node:crypto';
import type { ConversationStore } from '../../conversations/conversation-store';
import type { StoredActivity } from '../../conversations/model';
import type { BotEndpoint } from '../agents/in-process-endpoint';
import { redactActivity } from '../redact-activity';
import { KnownConversations, type ConversationFacts } from './known-conversations';
import { CLIENT_ACTIVITY_FIELDS, type PostedActivity } from './schemas';
import { newConversationId, newUserId, TOKEN_MAX_LIFETIME_SECONDS, type DirectLineTokens, type TokenClaims } from './tokens';
import { CodedError, fail } from '../../../contracts';

export const DIRECT_LINE_CHANNEL_ID = 'webchat';
/**
 * The most activities one read returns (a poll, or a stream's send): a client far behind (a stream opened at watermark
 * 0 on a long conversation) gets the rest by reading again from the watermark it was given. Sequence numbers have no
 * gaps, so a read whose watermark moved by a whole page may have more after it.
 */
export const ACTIVITIES_PER_READ = 1000;
const CLIENT_VISIBLE_TYPES = new Set(['message', 'event', 'typing', 'endOfConversation', 'handoff']);

export type Caller = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims } | { kind: 'anonymous' };

export interface DirectLineDeps {
  conversations: ConversationStore;
  tokens: DirectLineTokens;
  bot: BotEndpoint;
  /** When set, callers without a token must present it; when unset, anyone may start a conversation (local mode). */
  secret?: string;
  botAccount: { id: string; name: string };
  serviceUrl: string;
  textLimit: number;
  now?: () => Date;
  /** Told whenever the customer's client reads or writes a conversation (so Baton knows who is away). */
  customerSeen?: (conversationId: string) => void;
}

export interface StartedConversation {
  conversationId: string;
  token: string;
  expires_in: number;
  created: boolean;
}

export class DirectLine {
  private readonly now: () => Date;
  private readonly known = new KnownConversations();

  constructor(private readonly deps: DirectLineDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Who is calling, from an `Authorization: Bearer …` header value. */
  identify(authorization: string | undefined): Caller {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) {
      if (authorization) throw new CodedError('unauthorized', 'Authorization must be "Bearer <token or secret>"');
      if (this.deps.secret) throw new CodedError('unauthorized', 'send your Direct Line token or secret as "Authorization: Bearer …"');
      return { kind: 'anonymous' };
    }
    const credential = match[1];
    if (this.deps.secret && credential === this.deps.secret) return { kind: 'secret' };
    const claims = this.deps.tokens.verify(credential);
    if (!claims) throw new CodedError('forbidden', 'the Direct Line token is invalid or expired: get a new one');
    return { kind: 'token', claims };
  }

  /**
   * A token for a new conversation that starts when the client first opens it. Callers check who may ask:
   * `/tokens/generate` needs the secret; the web page's own exchange is the server acting for the page.
   */
  async issueToken(options: { userId?: string; locale?: string } = {}): Promise<StartedConversation> {
    const conversationId = newConversationId();
    const userId = options.userId ?? newUserId();
    await this.deps.conversations.ensure({ id: conversationId, channel: DIRECT_LINE_CHANNEL_ID, userId, locale: options.locale ?? null });
    const { token, expiresIn } = this.deps.tokens.issue(conversationId, userId)!;
    return { conversationId, token, expires_in: expiresIn, created: true };
  }

  refreshToken(caller: Caller): { conversationId: string; token: string; expires_in: number } {
    if (caller.kind !== 'token') throw fail.forbidden('refresh needs a Direct Line token as Bearer');
    const { token, expiresIn } = this.nextToken(caller.claims);
    return { conversationId: caller.claims.conversationId, token, expires_in: expiresIn };
  }

  /** The resume key of a web conversation (see `DirectLineTokens.issueResumeKey`). */
  async resumeKeyFor(conversationId: string): Promise<string> {
    const conversation = await this.deps.conversations.get(conversationId);
    if (!conversation || conversation.channel !== DIRECT_LINE_CHANNEL_ID) throw fail.notFound(`conversation ${conversationId}`);
    return this.deps.tokens.issueResumeKey(conversationId, conversation.userId);
  }

  /** Coming back later: a new line of tokens for the key's conversation, which the client then opens as usual. */
  async resume(key: string): Promise<{ conversationId: string; token: string; expires_in: number }> {
    const claims = this.deps.tokens.verifyResumeKey(key);
    if (!claims) throw fail.forbidden('this link to the conversation is invalid or has expired: start a new conversation');
    const conversation = await this.deps.conversations.get(claims.conversationId);
    if (!conversation || conversation.channel !== DIRECT_LINE_CHANNEL_ID || conversation.userId !== claims.userId) {
      throw fail.forbidden('this link to the conversation is invalid or has expired: start a new conversation');
    }
    const { token, expiresIn } = this.deps.tokens.issue(conversation.id, conversation.userId)!;
    return { conversationId: conversation.id, token, expires_in: expiresIn };
  }

  /** A fresh token in the caller's line of tokens; none once the line has lasted its maximum. */
  private nextToken(claims: TokenClaims): { token: string; expiresIn: number } {
    const next = this.deps.tokens.issue(claims.conversationId, claims.userId, claims.firstIssuedAt);
    if (!next) {
      throw fail.forbidden(`this conversation's tokens were refreshed for ${TOKEN_MAX_LIFETIME_SECONDS / 3600} hours, the most allowed: start a new conversation`);
    }
    return next;
  }

  /** Starts a conversation, or resumes the token's own conversation. */
  async startConversation(caller: Caller): Promise<StartedConversation> {
    let conversationId: string;
    let userId: string;
    if (caller.kind === 'token') {
      conversationId = caller.claims.conversationId;
      userId = caller.claims.userId;
    } else {
      conversationId = newConversationId();
      userId = newUserId();
    }
    const conversation = await this.deps.conversations.ensure({ id: conversationId, channel: DIRECT_LINE_CHANNEL_ID, userId });
    const created = conversation.lastSeq === 0;
    if (created) {
      await this.deps.bot.process(
        this.envelope(conversationId, userId, conversation.locale ?? undefined, {
          type: 'conversationUpdate',
          membersAdded: [{ id: userId }],
        }),
      );
    }
    // Resuming hands out a fresh token for the same conversation, as Azure's Direct Line does (within the line's lifetime).
    const { token, expiresIn } = caller.kind === 'token' ? this.nextToken(caller.claims) : this.deps.tokens.issue(conversationId, userId)!;
    return { conversationId, token, expires_in: expiresIn, created };
  }

  /** `authorized`: the conversation as `authorize` returned it for this caller just before (saves reading it twice). */
  async postActivity(caller: Caller, conversationId: string, posted: PostedActivity, authorized?: ConversationFacts): Promise<{ id: string }> {
    const conversation = authorized?.id === conversationId ? authorized : await this.authorize(caller, conversationId);
    this.deps.customerSeen?.(conversationId);
    if (posted.text !== undefined && posted.text.length > this.deps.textLimit) throw fail.textTooLong(this.deps.textLimit, posted.text.length);
    const userId = caller.kind === 'token' ? caller.claims.userId : (posted.from?.id ?? conversation.userId);
    // The client's id makes a retry idempotent: the store keeps one activity per id and the turn runs once.
    const id = posted.id ?? `${conversationId}|in-${randomBytes(6).toString('hex')}`;
    const { from, timestamp: _clientTimestamp, id: _clientId, ...content } = posted;
    // Personal data is redacted here, at the edge, before the adapter, the runtime or any store sees the activity.
    await this.deps.bot.process(
      redactActivity({
        ...this.envelope(conversationId, userId, posted.locale ?? conversation.locale ?? undefined, content),
        id,
        from: { id: userId, name: from?.name, role: 'user' },
      }),
    );
    return { id };
  }

  async getActivities(caller: Caller, conversationId: string, watermark = 0): Promise<{ activities: Record<string, unknown>[]; watermark: string }> {
    await this.authorize(caller, conversationId);
    return this.activitiesAfter(conversationId, watermark);
  }

  async activitiesAfter(conversationId: string, watermark: number): Promise<{ activities: Record<string, unknown>[]; watermark: string }> {
    const stored = await this.deps.conversations.list(conversationId, { afterSeq: watermark, limit: ACTIVITIES_PER_READ });
    // Polled or streamed, what is read here reaches the customer's client.
    this.deps.customerSeen?.(conversationId);
    const last = stored.at(-1)?.seq ?? watermark;
    return { activities: stored.filter((a) => CLIENT_VISIBLE_TYPES.has(a.type)).map(toClientActivity), watermark: String(last) };
  }

  /**
   * The conversation's facts, if this caller may use it. Without credentials one may only start a conversation (and
   * get its token). Facts read lately come from memory (see known-conversations.ts).
   */
  async authorize(caller: Caller, conversationId: string): Promise<ConversationFacts> {
    if (caller.kind === 'anonymous') throw fail.unauthorized('send the conversation\'s Direct Line token as "Authorization: Bearer …"');
    if (caller.kind === 'token' && caller.claims.conversationId !== conversationId) {
      throw fail.forbidden('this token belongs to another conversation');
    }
    const known = this.known.get(conversationId);
    if (known) return known;
    const conversation = await this.deps.conversations.get(conversationId);
    if (!conversation || conversation.channel !== DIRECT_LINE_CHANNEL_ID) throw fail.notFound(`conversation ${conversationId}`);
    return this.known.remember(conversation);
  }

  private envelope(conversationId: string, userId: string, locale: string | undefined, content: Record<string, unknown>) {
    return {
      ...content,
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: { id: conversationId },
      from: { id: userId, role: 'user' },
      recipient: { id: this.deps.botAccount.id, name: this.deps.botAccount.name, role: 'bot' },
      timestamp: this.now().toISOString(),
      locale,
    };
  }

}

function toClientActivity(stored: StoredActivity): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of CLIENT_ACTIVITY_FIELDS) {
    if (stored.activity[field] !== undefined) out[field] = stored.activity[field];
  }
  out.id = stored.id;
  out.timestamp = stored.timestamp;
  return out;
}

/** Direct Line as its routers, the stream and the chat page use it: the public side of the class, an interface. */
export type DirectLineService = { [K in keyof DirectLine]: DirectLine[K] };
