import { z } from 'zod';
import { LocaleSchema, type Locale, type Role, RoleSchema } from '../../contracts';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  createdAt: z.string(),
  /** The language chosen for the staff pages; null: the browser's. */
  locale: LocaleSchema.nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const LoginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'email must be an email address' })),
  password: z.string({ message: 'password is required' }).min(1, 'password is required').max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const NewUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'email must be an email address' })),
  name: z.string().trim().min(1, 'name is required').max(200),
  password: z.string().min(10, 'password needs at least 10 characters').max(1000),
  roles: z.array(RoleSchema).min(1, 'give at least one role: admin, supervisor, agent, editor or reviewer'),
});
export type NewUser = z.infer<typeof NewUserSchema>;

export const LocaleChoiceSchema = z.object({
  locale: z.union([LocaleSchema, z.null()], { message: 'locale is en, zh-CN, zh-TW, or null to follow the browser' }),
});

/** A person as admins see them: whether they may sign in is part of it. */
export type UserRecord = User & { disabled: boolean };

export interface UserWithSecret extends UserRecord {
  passwordHash: string;
}

export const PasswordResetSchema = z.object({
  password: z.string({ message: 'password is required' }).min(10, 'password needs at least 10 characters').max(1000),
});

export interface Session {
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface PeopleStore {
  findByEmail(email: string): Promise<UserWithSecret | undefined>;
  /** An enabled person; a disabled one is nobody. */
  findById(id: string): Promise<User | undefined>;
  /** Anyone, disabled or not (admin actions). */
  getRecord(id: string): Promise<UserRecord | undefined>;
  create(user: { email: string; name: string; passwordHash: string; roles: Role[] }): Promise<User>;
  count(): Promise<number>;
  list(): Promise<UserRecord[]>;
  setDisabled(id: string, disabled: boolean): Promise<void>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  setLocale(id: string, locale: Locale | null): Promise<User | undefined>;
  createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void>;
  findSession(tokenHash: string, now: Date): Promise<Session | undefined>;
  /** Moves a session's expiry (sliding expiry). */
  extendSession(tokenHash: string, expiresAt: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a person; returns how many there were. */
  deleteSessionsOf(userId: string): Promise<number>;
}
