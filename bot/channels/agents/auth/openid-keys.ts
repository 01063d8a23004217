/**
 * The signing keys behind one OpenID metadata document (Bot Framework's or an Entra tenant's): metadata → `jwks_uri`
 * → RSA public keys by key id, cached. Keys roll over, so a key id we have not seen triggers one refetch — at most one
 * per `minRefetchMs`, or anyone could make Baton hammer the issuer by sending made-up key ids.
 *
 * Written here rather than taken from `jwks-rsa` because the Bot Framework keys carry `endorsements` (the channels a
 * key may sign for), which the protocol says to check and `jwks-rsa` drops.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { isLoopbackUrl } from './loopback';

export interface SigningKey {
  kid: string;
  key: KeyObject;
  /** Channel ids this key is endorsed for (Bot Framework keys); undefined when the key carries no endorsements. */
  endorsements?: string[];
}

export interface SigningKeySource {
  readonly metadataUrl: string;
  /** The key with this id, or undefined when the issuer does not publish it. Throws KeysUnavailableError. */
  getKey(kid: string): Promise<SigningKey | undefined>;
}

/** The issuer's metadata or keys could not be fetched: nothing can be verified, so nothing is accepted. */
export class KeysUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeysUnavailableError';
  }
}

export interface KeySourceOptions {
  /** Plain http is allowed only to loopback, and only when this is true (tests, never production). */
  allowLoopbackHttp?: boolean;
  /** Keys are refetched at least this often (Bot Framework asks for daily). */
  refreshMs?: number;
  /** An unknown key id refetches the keys at most this often. */
  minRefetchMs?: number;
  /** After a failed fetch, the next attempt waits this long (requests meanwhile fail fast). */
  retryMs?: number;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

const MetadataSchema = z.object({ jwks_uri: z.url() }).loose();
const JwksSchema = z.object({
  keys: z.array(
    z
      .object({
        kty: z.string(),
        kid: z.string().optional(),
        use: z.string().optional(),
        n: z.string().optional(),
        e: z.string().optional(),
        endorsements: z.array(z.string()).optional(),
      })
      .loose(),
  ),
});

export function createOpenIdKeySource(metadataUrl: string, options: KeySourceOptions = {}): SigningKeySource {
  const refreshMs = options.refreshMs ?? 24 * 60 * 60 * 1000;
  const minRefetchMs = options.minRefetchMs ?? 5 * 60 * 1000;
  const retryMs = options.retryMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  const fetchJson = async (url: string): Promise<unknown> => {
    if (!url.startsWith('https://') && !(options.allowLoopbackHttp && isLoopbackUrl(url))) {
      throw new KeysUnavailableError(`refusing to fetch signing keys over plain http from ${url}`);
    }
    const res = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!res.ok) throw new KeysUnavailableError(`${url} answered ${res.status}`);
    return res.json();
  };

  let keys = new Map<string, SigningKey>();
  let loadedAt = -Infinity;
  let attemptedAt = -Infinity;
  let lastError: KeysUnavailableError | undefined;
  let inFlight: Promise<void> | undefined;

  async function load(): Promise<void> {
    try {
      const metadata = MetadataSchema.parse(await fetchJson(metadataUrl));
      const jwks = JwksSchema.parse(await fetchJson(metadata.jwks_uri));
      const next = new Map<string, SigningKey>();
      for (const jwk of jwks.keys) {
        if (jwk.kty !== 'RSA' || !jwk.kid || !jwk.n || !jwk.e || (jwk.use && jwk.use !== 'sig')) continue;
        try {
          const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
          next.set(jwk.kid, { kid: jwk.kid, key, endorsements: jwk.endorsements });
        } catch {
          // One malformed key must not take the others down with it; tokens naming it will find no key.
        }
      }
      if (next.size === 0) throw new KeysUnavailableError(`${metadata.jwks_uri} lists no RSA signing keys`);
      keys = next;
      loadedAt = now();
      lastError = undefined;
    } catch (err) {
      // Whatever went wrong (network, timeout, bad JSON), the outcome is the same: no keys from this issuer now.
      lastError =
        err instanceof KeysUnavailableError
          ? err
          : new KeysUnavailableError(`could not load signing keys from ${metadataUrl}: ${(err as Error).message}`);
      throw lastError;
    } finally {
      attemptedAt = now();
    }
  }

  function refresh(): Promise<void> {
    inFlight ??= load().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return {
    metadataUrl,
    async getKey(kid) {
      const sinceAttempt = now() - attemptedAt;
      const due = keys.size === 0 || now() - loadedAt >= refreshMs;
      // A key id we do not know may be a fresh rollover: look once, rate-limited.
      const unknown = keys.size > 0 && !keys.has(kid) && sinceAttempt >= minRefetchMs;
      if ((due && sinceAttempt >= retryMs) || unknown) {
        try {
          await refresh();
        } catch (err) {
          // Keep verifying with the keys we had rather than fail every request while the issuer is briefly down.
          if (keys.size === 0) throw err;
        }
      } else if (keys.size === 0) {
        throw lastError ?? new KeysUnavailableError(`no signing keys from ${metadataUrl} yet`);
      }
      return keys.get(kid);
    },
  };
}
