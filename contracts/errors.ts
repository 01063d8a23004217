/**
 * Every error a client can see, in one catalogue: a stable code (scripts branch on it), the HTTP status it always
 * answers with, and what the code means. Modules throw `CodedError`s (through the factories below, which also word the
 * message a person reads); the one error handler turns any of them into `{error: {code, message, details?}}`. One
 * code per kind of fault across the whole API: a body, a query and a path parameter that fail validation are all
 * `invalid_request`, and the message names the field.
 */
import type { z } from 'zod';

export const ERROR_CATALOGUE = {
  invalid_request: { status: 400, meaning: 'a body, query or path parameter failed validation; the message names it' },
  invalid_json: { status: 400, meaning: 'the body is not JSON' },
  invalid_activity: { status: 400, meaning: 'a Bot Framework activity the SDK cannot read' },
  text_too_long: { status: 400, meaning: 'a message longer than a channel accepts' },
  unknown_format: { status: 400, meaning: 'an import whose format cannot be told' },
  import_empty: { status: 400, meaning: 'an import with nothing in it' },
  unauthorized: { status: 401, meaning: 'not signed in, or the credentials are wrong' },
  forbidden: { status: 403, meaning: 'signed in without the role this needs' },
  cross_site_request: { status: 403, meaning: 'a request signed in by the session cookie that came from another origin' },
  service_url_not_allowed: { status: 403, meaning: 'a serviceUrl Baton will not send replies to' },
  not_found: { status: 404, meaning: 'no such route or thing' },
  ticket_not_found: { status: 404, meaning: 'no such ticket, or not in your teams' },
  article_not_found: { status: 404, meaning: 'no such article' },
  version_not_found: { status: 404, meaning: 'the article has no such version' },
  import_not_found: { status: 404, meaning: 'the file or folder to import does not exist' },
  conflict: { status: 409, meaning: 'someone changed it first; load it again' },
  already_claimed: { status: 409, meaning: 'another agent claimed the ticket' },
  reserved: { status: 409, meaning: 'the ticket was transferred to someone else' },
  invalid_transition: { status: 409, meaning: 'the thing is not in a state that allows this' },
  article_exists: { status: 409, meaning: 'an article with this id exists' },
  body_too_large: { status: 413, meaning: 'the body is larger than the route accepts' },
  unsupported_encoding: { status: 415, meaning: 'send UTF-8' },
  json_required: { status: 415, meaning: 'a change made with the session cookie must be sent as application/json' },
  rate_limited: { status: 429, meaning: 'too many requests; wait as Retry-After says' },
  internal: { status: 500, meaning: 'Baton failed; the details are in its log, never in the answer' },
  index_rebuild_failed: { status: 500, meaning: 'saved, but the search index could not be rebuilt: the bot still answers from the previous one' },
  delivery_failed: { status: 502, meaning: 'the channel did not take the message' },
  auth_unavailable: { status: 503, meaning: 'the token signing keys cannot be fetched; retry' },
  database_unavailable: { status: 503, meaning: 'the database connection dropped or cannot be had; nothing was done, retry as Retry-After says' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class CodedError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CodedError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}

/** True for any coded error, or, given a code, for a coded error with that code. */
export function isCodedError(err: unknown, code?: ErrorCode): err is CodedError {
  return err instanceof CodedError && (code === undefined || err.code === code);
}

/** The words of the common errors, so the same fault reads the same everywhere. */
export const fail = {
  invalid: (message: string, details?: unknown) => new CodedError('invalid_request', message, details),
  unauthorized: (message = 'sign in first: POST /api/auth/login (pages) or /api/auth/token (scripts) with your email and password') => new CodedError('unauthorized', message),
  forbidden: (message: string) => new CodedError('forbidden', message),
  notFound: (what: string) => new CodedError('not_found', `${what} was not found`),
  conflict: (message: string) => new CodedError('conflict', message),
  textTooLong: (max: number, actual: number) =>
    new CodedError('text_too_long', `message text is ${actual} characters; the limit is ${max}. Send a shorter message.`),
};

/**
 * Parses a value at a boundary; a failure is a 400 `invalid_request` whose message names `where` and each bad field
 * ("the request body is not valid: email: must be an email address").
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CodedError('invalid_request', `${where} is not valid: ${describeIssues(result.error)}`, result.error.issues);
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}
