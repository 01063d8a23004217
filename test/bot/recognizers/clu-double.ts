/**
 * A local stand-in for Azure CLU's runtime endpoint, `POST {endpoint}/language/:analyze-conversations?api-version=…`,
 * on 127.0.0.1 and a random port. It records every request and answers as the test tells it: the documented
 * response, an error status, a body that is not JSON, or nothing at all.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export type CluBehaviour =
  | { kind: 'json'; status?: number; body: unknown }
  | { kind: 'raw'; status: number; body: string }
  | { kind: 'never-answer' };

export interface CluDouble {
  endpoint: string;
  requests: RecordedRequest[];
  behave(behaviour: CluBehaviour): void;
  close(): Promise<void>;
}

/** The documented answer of a Conversation project, with the service's `confidenceScore` field names. */
export function cluAnswer(
  query: string,
  topIntent: string,
  intents: Array<[string, number]>,
  entities: Array<{ category: string; text: string; offset: number; length: number; confidenceScore: number }> = [],
): unknown {
  return {
    kind: 'ConversationResult',
    result: {
      query,
      prediction: {
        projectKind: 'Conversation',
        topIntent,
        intents: intents.map(([category, confidenceScore]) => ({ category, confidenceScore })),
        entities,
      },
    },
  };
}

export async function startCluDouble(): Promise<CluDouble> {
  const requests: RecordedRequest[] = [];
  let behaviour: CluBehaviour = { kind: 'json', body: cluAnswer('', 'None', [['None', 1]]) };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // recorded as text
      }
      requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body });
      if (behaviour.kind === 'never-answer') return;
      if (url.pathname !== '/language/:analyze-conversations') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: '404', message: 'Resource not found' } }));
        return;
      }
      if (behaviour.kind === 'raw') {
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.end(behaviour.body);
        return;
      }
      res.writeHead(behaviour.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(behaviour.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    behave(next) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Requests left hanging on purpose must not keep the server (and Jest) alive.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address where nothing listens: a port that was just free. */
export async function refusedEndpoint(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
