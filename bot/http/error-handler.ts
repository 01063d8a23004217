/**
 * The one place errors become HTTP responses. Any error with a string `code` and a numeric `status` (BatonError,
 * KnowledgeError, HandoffError) is the client's to see; body-parser failures get their own plain messages; anything
 * else is a 500 with no internals.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';

interface CodedError {
  code: string;
  status: number;
  message: string;
  details?: unknown;
}

function isCoded(err: unknown): err is CodedError {
  const e = err as Partial<CodedError> | null;
  return !!e && typeof e.code === 'string' && typeof e.status === 'number' && e.status >= 400 && e.status < 600;
}

const BODY_PARSER_ERRORS: Record<string, { status: number; code: string; message: (err: { limit?: number }) => string }> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json', message: () => 'the request body is not valid JSON' },
  'entity.too.large': {
    status: 413,
    code: 'body_too_large',
    message: (err) => `the request body is larger than ${Math.round((err.limit ?? 0) / 1024)} KiB; send less`,
  },
  'encoding.unsupported': { status: 415, code: 'unsupported_encoding', message: () => 'use UTF-8' },
  'charset.unsupported': { status: 415, code: 'unsupported_charset', message: () => 'use UTF-8' },
};

export function createErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const parserError = typeof err?.type === 'string' ? BODY_PARSER_ERRORS[err.type] : undefined;
    let status: number;
    let body: { error: { code: string; message: string; details?: unknown } };
    if (parserError) {
      status = parserError.status;
      body = { error: { code: parserError.code, message: parserError.message(err) } };
    } else if (isCoded(err)) {
      status = err.status;
      body = { error: { code: err.code, message: err.message, details: err.details } };
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
  res.status(404).json({ error: { code: 'not_found', message: `no route for ${req.method} ${req.path}` } });
};
