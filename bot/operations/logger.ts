/**
 * Structured JSON logs (pino). Every line written while a request is served carries its `reqId` (the caller's
 * `X-Request-Id` when it is a plain token, else a new UUID, echoed in the response). No personal data: request lines
 * hold the method, the path without its query string, the status and the time; text lines from the services are
 * redacted (e-mail addresses, phone and card numbers…) before they are written.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { redactPersonalData } from '../core/redact';
import { requestContext, type RequestContext } from './request-context';

export type LogLevel = 'silent' | 'error' | 'info' | 'debug';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Probes and scrapes every few seconds would drown the log. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** A service line that reports a failure is logged at error level, so `BATON_LOG_LEVEL=error` still shows it. */
const FAILURE = /\b(?:fail(?:ed|s|ure)?|error|unhandled)\b/i;

/**
 * `sync: false` (the default): lines go to a buffer that is written to stdout asynchronously, so a request does not
 * wait for the write (a synchronous write to a pipe was ~0.6 ms of a turn's CPU in profiles); pino flushes what is
 * left synchronously when the process exits — SIGTERM and SIGINT end in `process.exit`, and so does a crash. Only a
 * kill -9 (or the machine going down) can lose the last lines, never data: the database commits independently.
 * `sync: true` writes each line before the logging call returns.
 */
export function createLogger(options: { level: LogLevel; pretty?: boolean; sync?: boolean; destination?: DestinationStream }): Logger {
  const base = { level: options.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.destination) return pino(base, options.destination);
  const sync = options.sync ?? false;
  // Buffered, the lines wait in memory while stdout is slow to take them: past LOG_BUFFER_BYTES they are dropped, not
  // kept until the process runs out of memory (a synchronous log would hold up every request instead).
  return pino(base, options.pretty ? prettyStdout() : pino.destination(sync ? { sync } : { sync, maxLength: LOG_BUFFER_BYTES }));
}

const LOG_BUFFER_BYTES = 16 * 1024 * 1024;

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

/**
 * The request being served, for the services' lines. Its child logger (which adds `reqId` to every line) is made on
 * first use: most requests write no service line, and a child logger serialises its bindings when it is made.
 */
class RequestScope implements RequestContext {
  #log: Logger | undefined;

  constructor(
    private readonly logger: Logger,
    readonly id: string,
  ) {}

  get log(): Logger {
    return (this.#log ??= this.logger.child({ reqId: this.id }));
  }
}

/**
 * Request logging and the request context, for `app.use` before any route: the request id (echoed as
 * `X-Request-Id`), one line when the response is done (finished, closed early or failed) and the context the services'
 * lines find their request in. The line is the one pino-http wrote (reqId, req, res, err, responseTime, msg) without
 * what pino-http does besides on every request: two child loggers, the second serialising the request before anything
 * is known to be logged.
 */
export function requestLogging(logger: Logger): RequestHandler[] {
  const handle: RequestHandler = (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    (req as { id?: string }).id = id;
    const path = pathOf(req.url);
    if (!QUIET_PATHS.has(path)) {
      const started = Date.now();
      const done = (err?: Error) => {
        res.removeListener('close', done);
        res.removeListener('finish', done);
        res.removeListener('error', done);
        if (!logger.isLevelEnabled('info')) return;
        const responseTime = Date.now() - started;
        // The path as requested: inside a mounted router `req.url` is the rest after the mount point.
        const msg = `${req.method} ${path} ${res.statusCode}`;
        const line = { reqId: id, req: { method: req.method, path }, res: { status: res.statusCode } };
        if (err || res.statusCode >= 500) logger.info({ ...line, err: err ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, msg);
        else logger.info({ ...line, responseTime }, msg);
      };
      res.on('close', done);
      res.on('finish', done);
      res.on('error', done);
    }
    requestContext.run(new RequestScope(logger, id), next);
  };
  return [handle];
}
