/** A Direct Line 3.0 customer as a script sees Baton over HTTP: start a conversation, post, read by watermark. */

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T | undefined;
}

export async function postJson<T = Record<string, unknown>>(url: string, body: unknown, token?: string): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as T) : undefined };
}

export async function getJson<T = Record<string, unknown>>(url: string, token: string): Promise<T> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface ClientActivity {
  id: string;
  type: string;
  text?: string;
  name?: string;
  replyToId?: string;
  from: { id: string; role?: string };
}

export interface DirectLineCustomer {
  conversationId: string;
  token: string;
  /** The WebSocket stream of the instance that started the conversation. */
  streamUrl?: string;
  /** Posts one activity (a message unless `activity.type` says otherwise); the raw answer, errors included. */
  post(activity: Record<string, unknown>): Promise<Answer<{ id: string }>>;
  say(text: string): Promise<Answer<{ id: string }>>;
  activities(watermark?: number): Promise<{ activities: ClientActivity[]; watermark: string }>;
}

/** A new web-chat customer on `origin` (the page's token exchange, then the conversation). */
export async function startCustomer(origin: string): Promise<DirectLineCustomer> {
  const token = await postJson<{ token: string }>(`${origin}/api/webchat/token`, {});
  if (token.status !== 200) throw new Error(`token exchange → ${token.status} ${JSON.stringify(token.body)}`);
  const started = await postJson<{ conversationId: string; token: string; streamUrl: string }>(`${origin}/v3/directline/conversations`, {}, token.body!.token);
  if (started.status >= 300) throw new Error(`start conversation → ${started.status} ${JSON.stringify(started.body)}`);
  return { ...customerOf(origin, started.body!.conversationId, started.body!.token), streamUrl: started.body!.streamUrl };
}

/** The same customer seen through another origin (another instance behind the same load balancer). */
export function customerOf(origin: string, conversationId: string, token: string): DirectLineCustomer {
  const base = `${origin}/v3/directline/conversations/${encodeURIComponent(conversationId)}`;
  const post = (activity: Record<string, unknown>) => postJson<{ id: string }>(`${base}/activities`, { type: 'message', ...activity }, token);
  return {
    conversationId,
    token,
    post,
    say: (text) => post({ text }),
    activities: (watermark) => getJson(`${base}/activities${watermark ? `?watermark=${watermark}` : ''}`, token),
  };
}
