/**
 * A local token issuer for auth tests: an RSA key pair, an OpenID metadata document and a JWKS endpoint on 127.0.0.1
 * that publish the public key (Bot Framework style, with channel endorsements), and helpers that sign tokens with it —
 * or forge them in the ways an attacker would.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

export const APP_ID = '00000000-0000-4000-8000-0000000000a1';
export const TENANT_ID = '11111111-2222-4333-8444-555555555555';
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

export interface TokenIssuerDouble {
  metadataUrl: string;
  kid: string;
  publicKey: KeyObject;
  /** Paths requested so far (metadata and keys), to see caching at work. */
  requests: string[];
  /** A signed RS256 token: Bot Framework claims for this app and the Teams serviceUrl unless overridden. */
  sign(claims?: Record<string, unknown>, options?: { kid?: string; privateKey?: KeyObject; expiresInSeconds?: number }): string;
  close(): Promise<void>;
}

export function generateRsaKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export async function startTokenIssuer(options: { kid?: string; endorsements?: string[] } = {}): Promise<TokenIssuerDouble> {
  const { privateKey, publicKey } = generateRsaKey();
  const kid = options.kid ?? 'test-key-1';
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${origin}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      const jwk = publicKey.export({ format: 'jwk' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [{ ...jwk, kid, use: 'sig', ...(options.endorsements ? { endorsements: options.endorsements } : {}) }] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    kid,
    publicKey,
    requests,
    sign(claims = {}, signOptions = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        iss: BOT_FRAMEWORK_ISSUER,
        aud: APP_ID,
        serviceurl: TEAMS_SERVICE_URL,
        nbf: now - 60,
        exp: now + (signOptions.expiresInSeconds ?? 3600),
        ...claims,
      };
      // A claim overridden with undefined is left out of the token.
      for (const [name, value] of Object.entries(payload)) if (value === undefined) delete (payload as Record<string, unknown>)[name];
      return jwt.sign(payload, signOptions.privateKey ?? privateKey, { algorithm: 'RS256', keyid: signOptions.kid ?? kid, noTimestamp: true });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`) with the given claims. */
export function unsignedToken(claims: Record<string, unknown>, kid: string): string {
  return `${base64url({ alg: 'none', typ: 'JWT', kid })}.${base64url(claims)}.`;
}

/** The claims of a token, re-encoded around its original signature (which no longer matches). */
export function withClaims(token: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return `${header}.${base64url({ ...decoded, ...claims })}.${signature}`;
}

/** The same token with its signature bytes altered. */
export function withTamperedSignature(token: string): string {
  const [header, payload, signature] = token.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[10] ^= 0xff;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}
