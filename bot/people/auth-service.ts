import { createHash, randomBytes } from 'node:crypto';
import { fail, type Locale, type Role } from '../../contracts';
import { createLoginThrottle, type LoginThrottle, type LoginThrottleStore } from './login-throttle';
import type { LoginRequest, PeopleStore, User, UserRecord } from './model';
import { generatePassword, hashPassword, needsRehash, verifyPassword } from './passwords';

export interface AuthService {
  /**
   * Signs a person in: a new session token. Wrong e-mail and wrong password read alike and take alike long; an
   * account or address that failed too often must wait (429).
   */
  login(request: LoginRequest, context?: { address?: string }): Promise<{ token: string; user: User; expiresAt: Date }>;
  /** The signed-in user for a session token, or undefined. Each use moves the session's idle expiry on. */
  authenticate(token: string): Promise<User | undefined>;
  logout(token: string): Promise<void>;
  /**
   * Creates the first admin when nobody exists yet. Without a password one is made up and returned, if `mayGenerate`
   * (development: the terminal shows it once); otherwise (production) there is no first admin without a password.
   */
  ensureFirstAdmin(admin: { email?: string; password?: string; mayGenerate?: boolean }): Promise<{ email: string; generatedPassword?: string } | undefined>;
  createUser(user: { email: string; name: string; password: string; roles: Role[] }): Promise<User>;
  listUsers(): Promise<UserRecord[]>;
  /** Disabling signs the person out everywhere at once; the last enabled admin cannot be disabled. */
  setDisabled(userId: string, disabled: boolean): Promise<UserRecord>;
  /** Sets a new password (an admin's reset) and ends the person's sessions. */
  resetPassword(userId: string, password: string): Promise<UserRecord>;
  /** Ends every session of a person; returns how many ended. */
  revokeSessions(userId: string): Promise<number>;
  /** Remembers the language a person chose for the staff pages (null: follow the browser). */
  setLocale(userId: string, locale: Locale | null): Promise<User>;
}

/** A session ends after this long unused… */
export const SESSION_IDLE_MS = 4 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Expiry is moved on at most once a minute per session: not a database write per request. */
const EXTEND_STEP_MS = 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AuthDeps {
  people: PeopleStore;
  throttle: LoginThrottleStore;
  /** Keys the throttle's rows (an HMAC of e-mail and address); instances sharing a database share it. */
  throttleKey?: string;
  now?: () => Date;
  /** Password hashing (tests of the hashing path count calls). */
  passwords?: { hash: typeof hashPassword; verify: typeof verifyPassword; needsRehash: typeof needsRehash };
}

export function createAuthService(deps: AuthDeps): AuthService {
  const store = deps.people;
  const now = deps.now ?? (() => new Date());
  const passwords = deps.passwords ?? { hash: hashPassword, verify: verifyPassword, needsRehash };
  const throttle: LoginThrottle = createLoginThrottle(deps.throttle, { now, key: deps.throttleKey });
  // Checked when the e-mail is unknown, so that answer takes as long as a wrong password for a real person.
  let dummyHash: Promise<string> | undefined;
  const dummy = () => (dummyHash ??= passwords.hash(randomBytes(16).toString('base64url')));

  async function record(userId: string): Promise<UserRecord> {
    const user = await store.getRecord(userId);
    if (!user) throw fail.notFound(`user ${userId}`);
    return user;
  }

  return {
    async login({ email, password }, context = {}) {
      const attempt = { account: email, address: context.address };
      await throttle.check(attempt);
      const user = await store.findByEmail(email);
      const ok = await passwords.verify(password, user?.passwordHash ?? (await dummy()));
      // Same message for unknown e-mail, wrong password and disabled person: do not tell anyone which accounts exist.
      if (!user || !ok || user.disabled) {
        await throttle.failed(attempt);
        throw fail.unauthorized('email or password is wrong');
      }
      await throttle.succeeded(attempt);
      if (passwords.needsRehash(user.passwordHash)) await store.setPasswordHash(user.id, await passwords.hash(password));
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_IDLE_MS);
      await store.createSession(user.id, hashToken(token), expiresAt);
      const { passwordHash: _hash, disabled: _disabled, ...publicUser } = user;
      return { token, user: publicUser, expiresAt };
    },
    async authenticate(token) {
      const tokenHash = hashToken(token);
      const at = now();
      const session = await store.findSession(tokenHash, at);
      if (!session) return undefined;
      const user = await store.findById(session.userId);
      if (!user) return undefined;
      const slid = Math.min(at.getTime() + SESSION_IDLE_MS, Date.parse(session.createdAt) + SESSION_MAX_MS);
      if (slid - Date.parse(session.expiresAt) >= EXTEND_STEP_MS) await store.extendSession(tokenHash, new Date(slid));
      return user;
    },
    async logout(token) {
      await store.deleteSession(hashToken(token));
    },
    async ensureFirstAdmin({ email, password, mayGenerate = true }) {
      if ((await store.count()) > 0) return undefined;
      if (!password && !mayGenerate) {
        throw fail.invalid('BATON_ADMIN_PASSWORD: required to create the first admin (nobody can sign in yet); in production no password is made up or printed');
      }
      const adminEmail = email ?? 'admin@baton.local';
      const generatedPassword = password ? undefined : generatePassword();
      await store.create({
        email: adminEmail,
        name: 'Administrator',
        passwordHash: await passwords.hash(password ?? generatedPassword!),
        roles: ['admin', 'supervisor', 'agent', 'editor', 'reviewer'],
      });
      return { email: adminEmail, generatedPassword };
    },
    listUsers: () => store.list(),
    async setLocale(userId, locale) {
      const user = await store.setLocale(userId, locale);
      if (!user) throw fail.unauthorized();
      return user;
    },
    async createUser({ email, name, password, roles }) {
      if (await store.findByEmail(email)) throw fail.conflict(`a user with email ${email} exists already`);
      return store.create({ email, name, passwordHash: await passwords.hash(password), roles });
    },
    async setDisabled(userId, disabled) {
      const user = await record(userId);
      if (disabled && user.roles.includes('admin') && !user.disabled) {
        const otherAdmins = (await store.list()).filter((u) => u.id !== user.id && !u.disabled && u.roles.includes('admin'));
        if (otherAdmins.length === 0) throw fail.conflict(`${user.email} is the last enabled admin; enable or create another admin first`);
      }
      await store.setDisabled(userId, disabled);
      if (disabled) await store.deleteSessionsOf(userId);
      return { ...user, disabled };
    },
    async resetPassword(userId, password) {
      const user = await record(userId);
      await store.setPasswordHash(userId, await passwords.hash(password));
      await store.deleteSessionsOf(userId);
      await throttle.succeeded({ account: user.email });
      return user;
    },
    async revokeSessions(userId) {
      await record(userId);
      return store.deleteSessionsOf(userId);
    },
  };
}
