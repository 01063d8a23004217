import type { Request, RequestHandler } from 'express';
import { CodedError } from '../../contracts';

/**
 * Fixed-window counters per key (a client address, a conversation), in memory: enough to keep one client from filling
 * the database or holding the bot busy through the anonymous endpoints. Several instances each apply their share of
 * the limit (`BATON_INSTANCES` divides it, in the config) to what they see: no database write per message. Expired windows are dropped as the map grows; past `maxKeys` the oldest windows go first.
 */
export interface RateLimiter {
  /** Counts one use of `key`; undefined when allowed, else the seconds to wait. */
  take(key: string): number | undefined;
}

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export function createRateLimiter(options: RateLimit & { now?: () => number; maxKeys?: number }): RateLimiter {
  const now = options.now ?? (() => Date.now());
  const maxKeys = options.maxKeys ?? 100_000;
  // Insertion order is start order: the oldest windows are first.
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    take(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.startedAt >= options.windowMs) {
        windows.delete(key);
        if (windows.size >= maxKeys) {
          for (const [old, w] of windows) {
            if (windows.size < maxKeys && at - w.startedAt < options.windowMs) break;
            windows.delete(old);
          }
        }
        window = { startedAt: at, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return undefined;
      return Math.max(1, Math.ceil((window.startedAt + options.windowMs - at) / 1000));
    },
  };
}

export class RateLimitedError extends CodedError {
  constructor(what: string, retryAfterSeconds: number) {
    super('rate_limited', `too many ${what}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** Throws a 429 (with Retry-After) when `key` is over its limit. */
export function enforce(limiter: RateLimiter, key: string, what: string): void {
  const wait = limiter.take(key);
  if (wait !== undefined) throw new RateLimitedError(what, wait);
}

/** Express middleware over a limiter; by default keyed by the client address (as the proxy setting reads it). */
export function rateLimit(options: { limiter: RateLimiter; what: string; key?: (req: Request) => string | undefined }): RequestHandler {
  const key = options.key ?? ((req: Request) => req.ip ?? 'unknown');
  return (req, _res, next) => {
    const k = key(req);
    if (k !== undefined) enforce(options.limiter, k, options.what);
    next();
  };
}
