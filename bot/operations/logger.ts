/**
 * Structured JSON logs (pino). Every line written while a request is served carries its `reqId` (the caller's
 * `X-Request-Id` when it is a plain token, else a new UUID, echoed in the response). No personal data: request lines
 * hold the method, the path without its query string, the status and the time; text lines from the services are
 * redacted (e-mail addresses, phone and card numbers…) before they are written.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { redactPersonalData } from '../core/redact';
import { requestContext } from './request-context';

export type LogLevel = 'silent' | 'error' | 'info' | 'debug';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Probes and scrapes every few seconds would drown the log. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** A service line that reports a failure is logged at error level, so `BATON_LOG_LEVEL=error` still shows it. */
const FAILURE = /\b(?:fail(?:ed|s|ure)?|error|unhandled)\b/i;

export function createLogger(options: { level: LogLevel; pretty?: boolean; destination?: DestinationStream }): Logger {
  const base = { level: options.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.destination) return pino(base, options.destination);
  return pino(base, options.pretty ? prettyStdout() : pino.destination({ sync: true }));
}

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/**
 * Development: one readable line per entry (time, level, request id, message), written synchronously so it keeps its
 * place among other terminal output. Not pino-pretty: that is a development dependency, and the server loads only
 * production ones (pipe the JSON through `npx pino-pretty` for its fuller view).
 */
function prettyStdout(): DestinationStream {
  return {
    write(line: string) {
      const entry = JSON.parse(line) as { time?: string; level?: number; reqId?: string; msg?: string; req?: unknown; res?: unknown; responseTime?: number };
      const time = (entry.time ?? '').slice(11, 19);
      const level = LEVEL_NAMES[entry.level ?? 30] ?? String(entry.level);
      const id = entry.reqId ? ` [${entry.reqId.slice(0, 8)}]` : '';
      const took = entry.responseTime !== undefined ? ` (${entry.responseTime} ms)` : '';
      process.stdout.write(`${time} ${level.padEnd(5)}${id} ${entry.msg ?? ''}${took}\n`);
    },
  };
}

/** The services' `log(line)`: redacted, at error level for failures, bound to the current request when there is one. */
export function lineLogger(logger: Logger): (line: string) => void {
  return (line) => {
    const target = requestContext.getStore()?.log ?? logger;
    const text = redactPersonalData(line).text;
    if (FAILURE.test(text)) target.error(text);
    else target.info(text);
  };
}

const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/** Request logging and the request context, for `app.use` before any route. */
export function requestLogging(logger: Logger): RequestHandler[] {
  const http = pinoHttp({
    logger,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'reqId' },
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has(pathOf(req.url)) },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
    },
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
  });
  const bind: RequestHandler = (req, _res, next) => {
    requestContext.run({ id: String(req.id), log: req.log }, next);
  };
  return [http as unknown as RequestHandler, bind];
}
