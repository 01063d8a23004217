/**
 * Password hashes: scrypt at OWASP's recommended cost (N=2^17, r=8, p=1: 128 MiB and about a third of a second per
 * hash), stored as `scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64url). Hashes written before the cost was raised
 * (`scrypt$<salt>$<hash>`, Node's default N=2^14) still verify, and `needsRehash` tells the sign-in to store a new one.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;

export interface ScryptCost {
  /** log2 of N, the CPU and memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1. */
export const PASSWORD_COST: Readonly<ScryptCost> = Object.freeze({ ln: 17, r: 8, p: 1 });
/** What `scrypt$<salt>$<hash>` (no parameters) was written with: Node's defaults. */
const LEGACY_COST: Readonly<ScryptCost> = Object.freeze({ ln: 14, r: 8, p: 1 });

function scrypt(password: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.ln;
  // Node refuses more than 32 MiB by default; scrypt needs 128·N·r bytes, plus room.
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((resolve, reject) => scryptCallback(password, salt, length, options, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, cost);
  return `scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

const COST_FIELD = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/;

function parseHash(stored: string): ParsedHash | undefined {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt') return undefined;
  if (parts.length === 3) return { cost: LEGACY_COST, salt: Buffer.from(parts[1], 'base64url'), hash: Buffer.from(parts[2], 'base64url') };
  const match = parts.length === 4 ? COST_FIELD.exec(parts[1]) : null;
  if (!match) return undefined;
  const cost = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (cost.ln < 10 || cost.ln > 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return undefined;
  return { cost, salt: Buffer.from(parts[2], 'base64url'), hash: Buffer.from(parts[3], 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.hash.length === 0) return false;
  const actual = await scrypt(password, parsed.salt, parsed.hash.length, parsed.cost);
  return timingSafeEqual(parsed.hash, actual);
}

/** A hash written at a lower cost than today's: store a fresh one once the password is known to be right. */
export function needsRehash(stored: string, cost: ScryptCost = PASSWORD_COST): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.cost.ln < cost.ln || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
