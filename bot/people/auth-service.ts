import { createHash, randomBytes } from 'node:crypto';
import type { LoginRequest, PeopleStore, User } from './model';
import { generatePassword, hashPassword, verifyPassword } from './passwords';
import { fail, type Locale, type Role } from '../../contracts';

export interface AuthService {
  login(request: LoginRequest): Promise<{ token: string; user: User; expiresAt: Date }>;
  /** The signed-in user for a session token, or undefined. */
  authenticate(token: string): Promise<User | undefined>;
  logout(token: string): Promise<void>;
  /** Creates the first admin when nobody exists yet. Returns the generated password when one was made up. */
  ensureFirstAdmin(admin: { email?: string; password?: string }): Promise<{ email: string; generatedPassword?: string } | undefined>;
  createUser(user: { email: string; name: string; password: string; roles: Role[] }): Promise<User>;
  listUsers(): Promise<User[]>;
  /** Remembers the language a person chose for the staff pages (null: follow the browser). */
  setLocale(userId: string, locale: Locale | null): Promise<User>;
}

const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createAuthService(store: PeopleStore, now: () => Date = () => new Date()): AuthService {
  return {
    async login({ email, password }) {
      const user = await store.findByEmail(email);
      // Same message for unknown email and wrong password: do not tell an attacker which emails exist.
      const ok = user && !user.disabled && (await verifyPassword(password, user.passwordHash));
      if (!user || !ok) throw fail.unauthorized('email or password is wrong');
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_TTL_MS);
      await store.createSession(user.id, hashToken(token), expiresAt);
      const { passwordHash: _hash, disabled: _disabled, ...publicUser } = user;
      return { token, user: publicUser, expiresAt };
    },
    async authenticate(token) {
      const session = await store.findSession(hashToken(token), now());
      return session ? store.findById(session.userId) : undefined;
    },
    async logout(token) {
      await store.deleteSession(hashToken(token));
    },
    async ensureFirstAdmin({ email, password }) {
      if ((await store.count()) > 0) return undefined;
      const adminEmail = email ?? 'admin@baton.local';
      const generatedPassword = password ? undefined : generatePassword();
      await store.create({
        email: adminEmail,
        name: 'Administrator',
        passwordHash: await hashPassword(password ?? generatedPassword!),
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
      return store.create({ email, name, passwordHash: await hashPassword(password), roles });
    },
  };
}
