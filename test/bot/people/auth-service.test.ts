/**
 * Sign-in: throttling per account and per address, no telling which accounts exist, sliding sessions, what admins can
 * do to a person, and password hashes at today's cost. A fake clock; a real SQLite store.
 */
import { createAuthService, SESSION_IDLE_MS, SESSION_MAX_MS, type AuthService } from '../../../bot/people/auth-service';
import { ACCOUNT_RULE, ADDRESS_RULE } from '../../../bot/people/login-throttle';
import { hashPassword, needsRehash, PASSWORD_COST, verifyPassword } from '../../../bot/people/passwords';
import { openSqlite, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { KyselyLoginThrottleStore } from '../../../bot/stores/login-throttle-store';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { botMigrations } from '../../../bot/stores/migrations';
import { KyselyPeopleStore } from '../../../bot/stores/people-store';
import type { BotTables } from '../../../bot/stores/schema';

// Hashing at the real cost takes a third of a second; these tests count calls instead, on a cheap cost.
const CHEAP = { ln: 10, r: 8, p: 1 };
let handle: DatabaseHandle<unknown>;
let people: KyselyPeopleStore;
let auth: AuthService;
let clock: Date;
const verified: string[] = [];

beforeEach(async () => {
  handle = openSqlite(':memory:');
  await migrateToLatest(handle.db, botMigrations);
  clock = new Date('2026-11-22T09:00:00Z');
  verified.length = 0;
  people = new KyselyPeopleStore(tablesOf<BotTables>(handle.db), () => clock);
  auth = createAuthService({
    people,
    throttle: new KyselyLoginThrottleStore(tablesOf<BotTables>(handle.db)),
    now: () => clock,
    passwords: {
      hash: (password) => hashPassword(password, CHEAP),
      verify: (password, stored) => {
        verified.push(stored);
        return verifyPassword(password, stored);
      },
      needsRehash: (stored) => needsRehash(stored, CHEAP),
    },
  });
  await auth.ensureFirstAdmin({ email: 'admin@example.com', password: 'correct horse battery' });
  await auth.createUser({ email: 'ann@example.com', name: 'Ann', password: 'agent password 1', roles: ['agent'] });
});
afterEach(() => handle.close());

const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const login = (email: string, password: string, address = '203.0.113.7') => auth.login({ email, password }, { address });
const failure = async (promise: Promise<unknown>) => promise.then(() => undefined, (err: { status: number; message: string; details?: unknown }) => err);
const idOf = async (email: string) => (await people.findByEmail(email))!.id;

describe('throttling', () => {
  test(`${ACCOUNT_RULE.threshold} wrong passwords lock the account, even for the right one; each further failure doubles the wait`, async () => {
    for (let i = 0; i < ACCOUNT_RULE.threshold; i++) expect(await failure(login('ann@example.com', 'wrong'))).toMatchObject({ status: 401 });
    const locked = await failure(login('ann@example.com', 'agent password 1'));
    expect(locked).toMatchObject({ status: 429, message: 'too many failed sign-ins; try again in 30 s', details: { retryAfterSeconds: 30 } });
    later(30_000);
    expect(await failure(login('ann@example.com', 'wrong'))).toMatchObject({ status: 401 });
    expect(await failure(login('ann@example.com', 'agent password 1'))).toMatchObject({ status: 429, details: { retryAfterSeconds: 60 } });
    later(60_000);
    await expect(login('ann@example.com', 'agent password 1')).resolves.toMatchObject({ user: { email: 'ann@example.com' } });
    // A success starts the account afresh.
    expect(await failure(login('ann@example.com', 'wrong'))).toMatchObject({ status: 401 });
  });

  test('waits stop growing at the ceiling', async () => {
    for (let i = 0; i < 40; i++) {
      await failure(login('ann@example.com', 'wrong'));
      later(ACCOUNT_RULE.maxLockMs);
    }
    later(-ACCOUNT_RULE.maxLockMs);
    expect(await failure(login('ann@example.com', 'wrong'))).toMatchObject({ details: { retryAfterSeconds: ACCOUNT_RULE.maxLockMs / 1000 } });
  });

  test('an unknown e-mail locks exactly like a real one: the answer does not say who has an account', async () => {
    const answers = async (email: string) => {
      const seen = [];
      for (let i = 0; i <= ACCOUNT_RULE.threshold; i++) seen.push(await failure(login(email, 'wrong', `198.51.100.${i}`)));
      return seen.map((err) => [err?.status, err?.message]);
    };
    expect(await answers('nobody@example.com')).toEqual(await answers('ann@example.com'));
  });

  test(`one address failing ${ADDRESS_RULE.threshold} times over many accounts must wait, other addresses need not`, async () => {
    for (let i = 0; i < ADDRESS_RULE.threshold; i++) await failure(login(`spray${i}@example.com`, 'password1', '192.0.2.1'));
    expect(await failure(login('ann@example.com', 'agent password 1', '192.0.2.1'))).toMatchObject({ status: 429 });
    await expect(login('ann@example.com', 'agent password 1', '192.0.2.2')).resolves.toBeDefined();
  });

  test('what was typed is not kept: rows are keyed by an HMAC of the e-mail and the address', async () => {
    await failure(login('someone.real@example.org', 'guess', '198.51.100.77'));
    const rows = await handle.db.selectFrom('login_throttle' as never).selectAll().execute();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/someone\.real|example\.org|198\.51\.100\.77/);
  });

  test('failures further apart than the window do not add up', async () => {
    for (let i = 0; i < 3 * ACCOUNT_RULE.threshold; i++) {
      expect(await failure(login('ann@example.com', 'wrong'))).toMatchObject({ status: 401 });
      later(ACCOUNT_RULE.windowMs + 1000);
    }
  });
});

describe('no telling which accounts exist', () => {
  test('an unknown e-mail is checked against a hash of the same cost as a real one, once', async () => {
    await failure(login('nobody@example.com', 'whatever'));
    await failure(login('ann@example.com', 'whatever'));
    expect(verified).toHaveLength(2);
    expect(verified[0].split('$')[1]).toBe(verified[1].split('$')[1]);
    expect(verified[0]).not.toBe(verified[1]);
  });

  test('a disabled person gets the same answer as a wrong password, after the same check', async () => {
    await auth.setDisabled(await idOf('ann@example.com'), true);
    expect(await failure(login('ann@example.com', 'agent password 1'))).toMatchObject({ status: 401, message: 'email or password is wrong' });
    expect(verified).toHaveLength(1);
  });
});

describe('sessions', () => {
  test('slide while used, end after idling', async () => {
    const { token } = await login('ann@example.com', 'agent password 1');
    // Used every idle period less an hour: still signed in well past the first idle limit.
    for (let used = 0; used < 3; used++) {
      later(SESSION_IDLE_MS - 60 * 60 * 1000);
      expect(await auth.authenticate(token)).toMatchObject({ email: 'ann@example.com' });
    }
    const next = await login('ann@example.com', 'agent password 1');
    later(SESSION_IDLE_MS + 1000);
    expect(await auth.authenticate(next.token)).toBeUndefined();
  });

  test(`end ${SESSION_MAX_MS / 3_600_000} h after sign-in however busy`, async () => {
    const { token } = await login('ann@example.com', 'agent password 1');
    for (let minutes = 0; minutes < SESSION_MAX_MS / 60_000 - 30; minutes += 30) {
      later(30 * 60_000);
      expect(await auth.authenticate(token)).toBeDefined();
    }
    later(31 * 60_000);
    expect(await auth.authenticate(token)).toBeUndefined();
  });
});

describe('what admins do to a person', () => {
  test('disable signs them out everywhere and keeps them out; enable lets them back in', async () => {
    const ann = await idOf('ann@example.com');
    const { token } = await login('ann@example.com', 'agent password 1');
    expect(await auth.setDisabled(ann, true)).toMatchObject({ disabled: true });
    expect(await auth.authenticate(token)).toBeUndefined();
    expect(await failure(login('ann@example.com', 'agent password 1'))).toMatchObject({ status: 401 });
    expect(await auth.setDisabled(ann, false)).toMatchObject({ disabled: false });
    await expect(login('ann@example.com', 'agent password 1')).resolves.toBeDefined();
    expect((await auth.listUsers()).map((u) => [u.email, u.disabled])).toEqual([
      ['admin@example.com', false],
      ['ann@example.com', false],
    ]);
  });

  test('the last enabled admin cannot be disabled', async () => {
    expect(await failure(auth.setDisabled(await idOf('admin@example.com'), true))).toMatchObject({ status: 409, message: /last enabled admin/ });
  });

  test('a password reset ends their sessions, the old password stops working and a lock is lifted', async () => {
    const ann = await idOf('ann@example.com');
    const { token } = await login('ann@example.com', 'agent password 1');
    for (let i = 0; i < ACCOUNT_RULE.threshold; i++) await failure(login('ann@example.com', 'wrong'));
    await auth.resetPassword(ann, 'a brand new password');
    expect(await auth.authenticate(token)).toBeUndefined();
    expect(await failure(login('ann@example.com', 'agent password 1'))).toMatchObject({ status: 401 });
    await expect(login('ann@example.com', 'a brand new password')).resolves.toBeDefined();
  });

  test('revoking sessions ends every session, and says how many', async () => {
    const ann = await idOf('ann@example.com');
    const sessions = [await login('ann@example.com', 'agent password 1'), await login('ann@example.com', 'agent password 1')];
    expect(await auth.revokeSessions(ann)).toBe(2);
    for (const { token } of sessions) expect(await auth.authenticate(token)).toBeUndefined();
    expect(await failure(auth.revokeSessions('no-such-user'))).toMatchObject({ status: 404 });
  });
});

describe('the first admin', () => {
  test('without a password, one is made up only where that is allowed (development), never in production', async () => {
    await handle.db.deleteFrom('users' as never).execute();
    await expect(auth.ensureFirstAdmin({ email: 'root@example.com', mayGenerate: false })).rejects.toMatchObject({ status: 400, message: /BATON_ADMIN_PASSWORD: required/ });
    expect(await people.count()).toBe(0);
    const made = await auth.ensureFirstAdmin({ email: 'root@example.com' });
    expect(made).toEqual({ email: 'root@example.com', generatedPassword: expect.stringMatching(/^[\w-]{16}$/) });
    await expect(login('root@example.com', made!.generatedPassword!)).resolves.toBeDefined();
  });
});

describe('password hashes', () => {
  test(`are scrypt at OWASP's cost (N=2^${PASSWORD_COST.ln}, r=${PASSWORD_COST.r}, p=${PASSWORD_COST.p})`, async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$ln=17,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  test('a hash written before the cost was raised still verifies, and signing in stores one at the new cost', async () => {
    // The format Baton wrote before: scrypt$<salt>$<hash> with Node's default N=2^14.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const legacy = `scrypt$${salt.toString('base64url')}$${scryptSync('agent password 1', salt, 32).toString('base64url')}`;
    expect(await verifyPassword('agent password 1', legacy)).toBe(true);
    expect(needsRehash(legacy)).toBe(true);
    await people.setPasswordHash(await idOf('ann@example.com'), legacy);
    const realCost = createAuthService({ people, throttle: new KyselyLoginThrottleStore(tablesOf<BotTables>(handle.db)), now: () => clock });
    await realCost.login({ email: 'ann@example.com', password: 'agent password 1' });
    const upgraded = (await people.findByEmail('ann@example.com'))!.passwordHash;
    expect(upgraded).toMatch(/^scrypt\$ln=17,r=8,p=1\$/);
    await expect(realCost.login({ email: 'ann@example.com', password: 'agent password 1' })).resolves.toBeDefined();
  });

  test.each(['', 'bcrypt$x$y', 'scrypt$ln=40,r=8,p=1$a$b', 'scrypt$$'])('a malformed stored hash %j never verifies', async (stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
  });
});
