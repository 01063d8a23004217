/**
 * A local stand-in for the Bot Connector service (what a Teams or Azure Bot Service `serviceUrl` points at). It records
 * what the bot sends — `POST /v3/conversations/{id}/activities` (new or proactive) and
 * `POST /v3/conversations/{id}/activities/{replyToId}` (replies) — and answers each with a fresh activity id, as the
 * real service does. Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, any>;
  headers: IncomingHttpHeaders;
}

export interface ConnectorDouble {
  /** Use as the activity's `serviceUrl` (ends with a slash, as Teams' do). */
  serviceUrl: string;
  sent: SentActivity[];
  /** Resolves with the first recorded activity matching `predicate` (already sent or still to come). */
  waitFor(predicate: (sent: SentActivity) => boolean, timeoutMs?: number): Promise<SentActivity>;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startConnectorDouble(): Promise<ConnectorDouble> {
  const sent: SentActivity[] = [];
  const waiters = new Set<() => void>();
  let nextId = 1;

  const server = createServer((req, res) => {
    const match = ROUTE.exec(new URL(req.url ?? '/', 'http://double').pathname);
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound', message: `${req.method} ${req.url}` } }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let activity: Record<string, any>;
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      sent.push({
        conversationId: decodeURIComponent(match[1]),
        replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
        activity,
        headers: req.headers,
      });
      for (const wake of waiters) wake();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${nextId++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = sent.find(predicate);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`the connector double received no matching activity in ${timeoutMs} ms; it received ${JSON.stringify(sent.map((s) => s.activity.text ?? s.activity.type))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
