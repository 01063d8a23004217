/**
 * A remote recognizer's failure, sorted into the reasons the fallback reports. The Azure SDK throws `RestError`s
 * (status code and error code, or `PARSE_ERROR` for a body that is not JSON) and `AbortError`s; they are recognised by
 * shape so that no transitive Azure package has to be imported. `detail` is safe to log: status, codes and names only,
 * never the response body (it may echo the customer's text) nor the key.
 */
import type { FallbackReason } from './recognition';

export class RecognizerError extends Error {
  constructor(
    readonly reason: FallbackReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'RecognizerError';
  }

  static from(err: unknown): RecognizerError {
    if (err instanceof RecognizerError) return err;
    const e = (err ?? {}) as { name?: unknown; code?: unknown; statusCode?: unknown };
    const name = typeof e.name === 'string' ? e.name : 'Error';
    const code = typeof e.code === 'string' ? e.code : undefined;
    const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    if (name === 'AbortError') return new RecognizerError('timeout', 'the request was aborted');
    if (code === 'PARSE_ERROR') return new RecognizerError('malformed-response', `HTTP ${status ?? '?'}: the body is not JSON`);
    if (status !== undefined) return new RecognizerError('http-error', `HTTP ${status}${code ? ` (${code})` : ''}`);
    if (name === 'RestError' || (code && /^E[A-Z_]+$|^REQUEST_SEND_ERROR$/.test(code))) {
      return new RecognizerError('network-error', code ?? name);
    }
    return new RecognizerError('error', code ? `${name} (${code})` : name);
  }
}
