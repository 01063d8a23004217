import type { RequestHandler } from 'express';
import { CodedError } from '../../contracts';

/**
 * A fixed-window limit per client address, in memory. Enough to stop one client from filling the database through an
 * unauthenticated endpoint (the web page's token exchange creates a conversation per call); several instances each
 * apply it to what they see.
 */
export function rateLimit(options: { limit: number; windowMs: number; now?: () => number; what: string }): RequestHandler {
  const now = options.now ?? (() => Date.now());
  const windows = new Map<string, { startedAt: number; count: number }>();
  return (req, _res, next) => {
    const at = now();
    const key = req.ip ?? 'unknown';
    let window = windows.get(key);
    if (!window || at - window.startedAt >= options.windowMs) {
      if (windows.size > 10_000) windows.clear(); // forget old windows rather than grow without bound
      window = { startedAt: at, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > options.limit) {
      const retryAfter = Math.ceil((window.startedAt + options.windowMs - at) / 1000);
      throw new CodedError('rate_limited', `too many ${options.what} from this address; try again in ${retryAfter} s`);
    }
    next();
  };
}
