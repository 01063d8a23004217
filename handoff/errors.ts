/**
 * Errors with a code and an HTTP status; `bot/`'s error handler renders any error of this shape. The catalogue keeps
 * the codes stable for scripts that use the ticket API.
 */
export class HandoffError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HandoffError';
  }
}

export const handoffErrors = {
  invalid: (message: string, details?: unknown) => new HandoffError('invalid_body', 400, message, details),
  unauthorized: () => new HandoffError('unauthorized', 401, 'sign in first: POST /api/auth/login with your email and password'),
  forbidden: (message: string) => new HandoffError('forbidden', 403, message),
  /** Used both for ids that do not exist and for tickets outside the caller's teams: never tell which. */
  ticketNotFound: (id: string) => new HandoffError('ticket_not_found', 404, `ticket ${id} was not found`),
  notFound: (what: string) => new HandoffError('not_found', 404, `${what} was not found`),
  conflict: (message: string) => new HandoffError('conflict', 409, message),
  deliveryFailed: (message: string) => new HandoffError('delivery_failed', 502, message),
};
