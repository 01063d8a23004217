/**
 * Sign-in throttling, per account and per client address: after a few failures in a row the account (or the address)
 * must wait, twice as long after each further failure, up to a ceiling. Kept in the database, so every instance sees
 * the same counts. The account is the e-mail as typed (normalised), whether or not such a person exists, so a locked
 * answer says nothing about who has an account. Rows are keyed by an HMAC of the e-mail or address (with a key the
 * instances share), not by the e-mail or address itself: what people typed at the sign-in form is not kept.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { CodedError } from '../../contracts';

export interface ThrottleRule {
  /** Failures (within the window) before the first wait. */
  threshold: number;
  /** Failures further apart than this start counting afresh. */
  windowMs: number;
  /** The first wait; each further failure doubles it. */
  baseLockMs: number;
  maxLockMs: number;
}

/** Five wrong passwords for one account, then 30 s, 1 min, 2 min … up to 15 min. */
export const ACCOUNT_RULE: Readonly<ThrottleRule> = Object.freeze({ threshold: 5, windowMs: 15 * 60_000, baseLockMs: 30_000, maxLockMs: 15 * 60_000 });
/** Twenty failures from one address (any accounts: password spraying), then the same doubling waits. */
export const ADDRESS_RULE: Readonly<ThrottleRule> = Object.freeze({ threshold: 20, windowMs: 15 * 60_000, baseLockMs: 30_000, maxLockMs: 15 * 60_000 });

export interface ThrottleRecord {
  key: string;
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

export interface LoginThrottleStore {
  get(keys: string[]): Promise<ThrottleRecord[]>;
  put(record: ThrottleRecord): Promise<void>;
  delete(key: string): Promise<void>;
  /** Forgets records whose last failure is older than `before` and that hold no lock after `now`. */
  prune(before: string, now: string): Promise<void>;
}

export interface LoginAttempt {
  /** The e-mail as the login form sent it, normalised. */
  account: string;
  /** The client address (as the proxy setting reads it). */
  address?: string;
}

export interface LoginThrottle {
  /** Throws a 429 (with `retryAfterSeconds`) while the account or the address must wait. */
  check(attempt: LoginAttempt): Promise<void>;
  failed(attempt: LoginAttempt): Promise<void>;
  succeeded(attempt: LoginAttempt): Promise<void>;
}


export class TooManyAttemptsError extends CodedError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `too many failed sign-ins; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

export function createLoginThrottle(store: LoginThrottleStore, options: { now?: () => Date; key?: string } = {}): LoginThrottle {
  const now = options.now ?? (() => new Date());
  const secret = options.key ?? randomBytes(32).toString('base64url');
  const keyed = (what: string) => createHmac('sha256', secret).update(what).digest('base64url');
  const accountKey = (attempt: LoginAttempt) => `account:${keyed(attempt.account.toLowerCase())}`;
  const addressKey = (attempt: LoginAttempt) => `address:${keyed(attempt.address ?? 'unknown')}`;
  let failuresSincePrune = 0;

  async function bump(key: string, rule: ThrottleRule, previous: ThrottleRecord | undefined): Promise<void> {
    const at = now();
    const recent = previous && at.getTime() - Date.parse(previous.lastFailureAt) <= rule.windowMs;
    const failures = (recent ? previous.failures : 0) + 1;
    const over = failures - rule.threshold;
    const lockMs = over >= 0 ? Math.min(rule.maxLockMs, rule.baseLockMs * 2 ** Math.min(over, 20)) : 0;
    await store.put({
      key,
      failures,
      lastFailureAt: at.toISOString(),
      lockedUntil: lockMs > 0 ? new Date(at.getTime() + lockMs).toISOString() : null,
    });
  }

  return {
    async check(attempt) {
      const at = now().getTime();
      const waits = (await store.get([accountKey(attempt), addressKey(attempt)]))
        .map((r) => (r.lockedUntil ? Date.parse(r.lockedUntil) - at : 0))
        .filter((ms) => ms > 0);
      if (waits.length > 0) throw new TooManyAttemptsError(Math.ceil(Math.max(...waits) / 1000));
    },
    async failed(attempt) {
      const records = new Map((await store.get([accountKey(attempt), addressKey(attempt)])).map((r) => [r.key, r]));
      await bump(accountKey(attempt), ACCOUNT_RULE, records.get(accountKey(attempt)));
      await bump(addressKey(attempt), ADDRESS_RULE, records.get(addressKey(attempt)));
      // Records of addresses and e-mails that stopped failing are forgotten now and then; the table stays small.
      if (++failuresSincePrune >= 100) {
        failuresSincePrune = 0;
        const at = now();
        await store.prune(new Date(at.getTime() - Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs)).toISOString(), at.toISOString());
      }
    },
    async succeeded(attempt) {
      // The account starts afresh; the address does not (one success must not reset a password-spraying count).
      await store.delete(accountKey(attempt));
    },
  };
}
