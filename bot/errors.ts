/**
 * Coded errors. Every error meant for a client carries a stable `code` and an HTTP `status`; the single error handler
 * (`bot/http/error-handler.ts`) turns any error of that shape into a response, including the ones `knowledge/` and
 * `handoff/` throw (they define their own classes of the same shape, since they may not import `bot/`).
 */
export class BatonError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'BatonError';
  }
}

export const errors = {
  badRequest: (message: string, details?: unknown) => new BatonError('bad_request', 400, message, details),
  unauthorized: (message = 'sign in first: POST /api/auth/login with your email and password') =>
    new BatonError('unauthorized', 401, message),
  forbidden: (message: string) => new BatonError('forbidden', 403, message),
  notFound: (what: string) => new BatonError('not_found', 404, `${what} was not found`),
  conflict: (message: string) => new BatonError('conflict', 409, message),
  textTooLong: (max: number, actual: number) =>
    new BatonError('text_too_long', 400, `message text is ${actual} characters; the limit is ${max}. Send a shorter message.`),
};
