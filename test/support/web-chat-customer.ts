/**
 * A web-chat customer talking to an in-process Baton over Direct Line 3.0 (supertest, no port): start the
 * conversation, say something or press a button, and read what the bot side said since the last read (by watermark).
 * For tests that drive one app; `direct-line-client.ts` is the same customer over a real port, for multi-process tests.
 */
import type { Express } from 'express';
import request from 'supertest';

export interface BotActivity {
  type: string;
  text?: string;
  from: { id?: string; role?: string };
  suggestedActions?: { actions: Array<{ title: string; value: ActionValue }> };
}

/** What a button posts back: a choice of article, a person, a survey score, leaving a message… */
export interface ActionValue {
  type: string;
  articleId?: string;
  [key: string]: unknown;
}

export interface WebChatCustomer {
  conversationId: string;
  say(text: string): Promise<void>;
  /** A suggested action pressed: its value, and the title Web Chat posts as the text. */
  press(value: unknown, text: string): Promise<void>;
  /** The bot side's messages since the last read. */
  reads(): Promise<BotActivity[]>;
  /** Only their text. */
  readTexts(): Promise<string[]>;
}

export interface ArriveOptions {
  locale?: string;
  /** Runs after the token exchange and before the conversation starts (say, to make the customer a VIP). */
  beforeStart?: (conversationId: string) => Promise<void>;
}

/** A customer who arrives through the website's own token exchange (`/api/webchat/token`), as Web Chat does. */
export async function arriveOnWebChat(app: Express, options: ArriveOptions = {}): Promise<WebChatCustomer> {
  const locale = options.locale ?? 'en-US';
  const started = await request(app).post('/api/webchat/token').send({ locale }).expect(200);
  const { conversationId, token } = started.body as { conversationId: string; token: string };
  await options.beforeStart?.(conversationId);
  return start(app, conversationId, token, { locale, from: 'customer' });
}

/** A signed-in customer whose site exchanges the Direct Line secret for a token naming them (`tokens/generate`). */
export async function arriveSignedIn(app: Express, secret: string, userId: string, locale = 'en-US'): Promise<WebChatCustomer> {
  const generated = await request(app).post('/v3/directline/tokens/generate').set('Authorization', `Bearer ${secret}`).send({ user: { id: userId } }).expect(200);
  const { conversationId, token } = generated.body as { conversationId: string; token: string };
  return start(app, conversationId, token, { locale, from: userId });
}

async function start(app: Express, conversationId: string, token: string, as: { locale: string; from: string }): Promise<WebChatCustomer> {
  const auth = { Authorization: `Bearer ${token}` };
  const activities = `/v3/directline/conversations/${conversationId}/activities`;
  await request(app).post(`/v3/directline/conversations`).set(auth).expect(201);
  let watermark = '0';
  const post = async (activity: Record<string, unknown>) => {
    await request(app).post(activities).set(auth).send({ type: 'message', from: { id: as.from }, locale: as.locale, ...activity }).expect(200);
  };
  const reads = async (): Promise<BotActivity[]> => {
    const res = await request(app).get(`${activities}?watermark=${watermark}`).set(auth).expect(200);
    watermark = res.body.watermark;
    return (res.body.activities as BotActivity[]).filter((a) => a.type === 'message' && a.from.role === 'bot');
  };
  return {
    conversationId,
    say: (text) => post({ text }),
    press: (value, text) => post({ text, value }),
    reads,
    readTexts: async () => (await reads()).map((a) => a.text ?? ''),
  };
}
