/**
 * The Direct Line WebSocket stream (`streamUrl`): the client receives `{activities, watermark}` as soon as the
 * conversation has new activities, instead of polling. Attached to the HTTP server, since express does not see
 * upgrades.
 */
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { ActivityFeed } from '../../conversations/activity-feed';
import { ACTIVITIES_PER_READ, type DirectLineService } from './direct-line';
import { ConversationIdSchema, WatermarkSchema } from './schemas';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
const HEARTBEAT_MS = 30_000;

/** Open streams one Direct Line user may hold at once unless configured otherwise (a tab or two, a reconnect). */
export const DEFAULT_STREAMS_PER_USER = 5;

export function attachDirectLineStream(
  server: Server,
  deps: { directLine: DirectLineService; feed: ActivityFeed; streamsPerUser?: number },
): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const maxPerUser = deps.streamsPerUser ?? DEFAULT_STREAMS_PER_USER;
  const openPerUser = new Map<string, number>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A malformed request line must not throw here: an exception in this event handler would end the process.
    const url = URL.canParse(req.url ?? '', 'http://localhost') ? new URL(req.url ?? '', 'http://localhost') : undefined;
    const match = url ? STREAM_PATH.exec(url.pathname) : null;
    if (!url || !match) {
      // The only WebSocket Baton serves is the Direct Line stream; anything else is closed rather than left hanging.
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    authorizeStream(deps.directLine, match[1], url)
      .then(({ conversationId, watermark, expiresAt, userKey }) => {
        const open = openPerUser.get(userKey) ?? 0;
        if (open >= maxPerUser) {
          refuse(socket, 429, `this user has ${open} streams open already; close one first`);
          return;
        }
        openPerUser.set(userKey, open + 1);
        wss.handleUpgrade(req, socket, head, (ws) => {
          ws.once('close', () => {
            const left = (openPerUser.get(userKey) ?? 1) - 1;
            if (left > 0) openPerUser.set(userKey, left);
            else openPerUser.delete(userKey);
          });
          serveStream(ws, conversationId, watermark, expiresAt, deps);
        });
      })
      .catch((err: { status?: number; message?: string; name?: string; issues?: unknown }) => {
        // A coded error is the client's to read; a malformed id or watermark is a 400; anything else is ours, unsaid.
        if (typeof err.status === 'number') refuse(socket, err.status, err.message ?? '');
        else if (err.name === 'ZodError' || err.name === 'URIError') refuse(socket, 400, 'the conversation id or watermark in the stream URL is malformed');
        else refuse(socket, 500, 'something went wrong on our side');
      });
  };
  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    // 1012 (service restart) tells the client to reconnect, which lands on another instance or on this one restarted.
    for (const client of wss.clients) client.close(RESTART_CLOSE_CODE, 'Baton is restarting: reconnect');
    // A client that never answers the close frame is cut, so nothing keeps the process alive.
    setTimeout(() => {
      for (const client of wss.clients) client.terminate();
    }, CLOSE_HANDSHAKE_MS).unref();
    wss.close();
  };
}

/** The WebSocket close code for "the server is restarting; reconnect" (RFC 6455 registry: Service Restart). */
export const RESTART_CLOSE_CODE = 1012;
const CLOSE_HANDSHAKE_MS = 1_000;

function refuse(socket: Duplex, status: number, message: string): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${message}`);
}

async function authorizeStream(directLine: DirectLineService, rawConversationId: string, url: URL) {
  const conversationId = ConversationIdSchema.parse(decodeURIComponent(rawConversationId));
  const token = url.searchParams.get('t');
  const caller = directLine.identify(token ? `Bearer ${token}` : undefined);
  await directLine.authorize(caller, conversationId);
  const watermark = WatermarkSchema.parse(url.searchParams.get('watermark') || undefined) ?? 0;
  // A token's stream lasts as long as the token: the client reconnects with a refreshed one, as with Azure.
  const expiresAt = caller.kind === 'token' ? caller.claims.expiresAt * 1000 : undefined;
  // Streams are counted per user of the token (a secret holder streams as the conversation).
  const userKey = caller.kind === 'token' ? `user:${caller.claims.userId}` : `conversation:${conversationId}`;
  return { conversationId, watermark, expiresAt, userKey };
}

/** Close code for a stream whose token expired (4000–4999 are the application's). */
export const TOKEN_EXPIRED_CLOSE_CODE = 4001;

function serveStream(
  ws: WebSocket,
  conversationId: string,
  fromWatermark: number,
  expiresAt: number | undefined,
  deps: { directLine: DirectLineService; feed: ActivityFeed },
): void {
  let watermark = fromWatermark;
  let sending = false;
  let again = false;

  // One send at a time: a burst of new activities is read and sent in order, never twice.
  const flush = async () => {
    if (sending) {
      again = true;
      return;
    }
    sending = true;
    try {
      let fullPage: boolean;
      do {
        again = false;
        const batch = await deps.directLine.activitiesAfter(conversationId, watermark);
        // A whole page read: more may follow (a stream opened far behind), sent now rather than at the next activity.
        fullPage = Number(batch.watermark) - watermark >= ACTIVITIES_PER_READ;
        watermark = Number(batch.watermark);
        if (batch.activities.length > 0 && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(batch));
      } while ((again || fullPage) && ws.readyState === WebSocket.OPEN);
    } catch (err) {
      console.error(`[baton] direct line stream for ${conversationId}: ${(err as Error).message}`);
    } finally {
      sending = false;
    }
  };

  const unsubscribe = deps.feed.subscribe(conversationId, () => void flush());
  const heartbeat = setInterval(() => {
    if (ws.readyState === WebSocket.OPEN) ws.ping();
  }, HEARTBEAT_MS);
  const expiry = expiresAt === undefined ? undefined : setTimeout(() => ws.close(TOKEN_EXPIRED_CLOSE_CODE, 'token expired'), Math.max(0, expiresAt - Date.now()));
  ws.on('close', () => {
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(expiry);
  });
  ws.on('error', () => ws.terminate());
  void flush();
}
