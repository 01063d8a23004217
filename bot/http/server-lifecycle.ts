/**
 * What Baton does to the HTTP server it is attached to: timeouts that suit a load balancer, and a graceful close.
 * Closing stops accepting connections, tells keep-alive clients not to come back (`Connection: close`), ends live
 * streams with a hint to reconnect (elsewhere), lets requests in flight — customers' turns — finish within a grace
 * period, and only then cuts what is left.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ServerTimeouts {
  keepAliveTimeoutMs: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  shutdownGraceMs: number;
}

/** The `retry:` an event stream gets as it is closed: long enough for a load balancer to stop routing here. */
export const STREAM_RETRY_MS = 2_000;

export interface ManagedServer {
  /** Requests being answered now, live streams excluded. */
  readonly inFlight: number;
  /** Resolves once the server is closed and every connection is gone (cut after the grace period if need be). */
  close(): Promise<void>;
}

const isEventStream = (res: ServerResponse) => String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');

export function manageServer(server: Server, timeouts: ServerTimeouts, closeStreams: () => void = () => undefined): ManagedServer {
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;

  const open = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;
  const onRequest = (_req: IncomingMessage, res: ServerResponse) => {
    // A request that arrives on a kept-alive connection while closing is still answered, but on its way out.
    if (closing && !res.headersSent) res.setHeader('Connection', 'close');
    open.add(res);
    res.once('close', () => open.delete(res));
  };
  server.on('request', onRequest);
  const requests = () => [...open].filter((res) => !isEventStream(res));

  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
    // Live streams never finish by themselves: end them, with a hint to reconnect after a moment.
    for (const res of open) {
      if (isEventStream(res) && !res.writableEnded) {
        res.write(`retry: ${STREAM_RETRY_MS}\n\n`);
        res.end();
      }
    }
    closeStreams();
    server.closeIdleConnections();
    const deadline = Date.now() + timeouts.shutdownGraceMs;
    while (requests().length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      // A connection that just answered its last request is idle now: close it rather than wait for keep-alive.
      server.closeIdleConnections();
    }
    server.closeAllConnections();
    await closed;
    server.off('request', onRequest);
  };

  return {
    get inFlight() {
      return requests().length;
    },
    close: () => (closing ??= close()),
  };
}
