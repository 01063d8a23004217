/** Errors with a code and an HTTP status; `bot/`'s error handler renders any error of this shape. */
export class KnowledgeError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'KnowledgeError';
  }
}
