/**
 * The one place errors become HTTP responses. A `CodedError` (contracts/errors.ts: every code with its status) is the
 * client's to see; body-parser failures are mapped onto the same catalogue; anything else is a 500 with no internals.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { CodedError, isCodedError } from '../../contracts';

const BODY_PARSER_ERRORS: Record<string, (err: { limit?: number }) => CodedError> = {
  'entity.parse.failed': () => new CodedError('invalid_json', 'the request body is not valid JSON'),
  'entity.too.large': (err) => new CodedError('body_too_large', `the request body is larger than ${Math.round((err.limit ?? 0) / 1024)} KiB; send less`),
  'encoding.unsupported': () => new CodedError('unsupported_encoding', 'use UTF-8'),
  'charset.unsupported': () => new CodedError('unsupported_encoding', 'use UTF-8'),
};

export function createErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const coded = typeof err?.type === 'string' && BODY_PARSER_ERRORS[err.type] ? BODY_PARSER_ERRORS[err.type](err) : err;
    let status: number;
    let body: { error: { code: string; message: string; details?: unknown } };
    if (isCodedError(coded)) {
      status = coded.status;
      body = { error: { code: coded.code, message: coded.message, details: coded.details } };
      const retryAfter = (coded.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if ((status === 429 || status === 503) && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    } else {
      status = 500;
      body = { error: { code: 'internal', message: 'something went wrong on our side; it was logged' } };
      log(`[baton] ${req.method} ${req.originalUrl} failed: ${(err as Error)?.stack ?? String(err)}`);
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  const error = new CodedError('not_found', `no route for ${req.method} ${req.path}`);
  res.status(error.status).json({ error: { code: error.code, message: error.message } });
};
