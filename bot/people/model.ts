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

export interface UserWithSecret extends User {
  passwordHash: string;
  disabled: boolean;
}

export interface PeopleStore {
  findByEmail(email: string): Promise<UserWithSecret | undefined>;
  findById(id: string): Promise<User | undefined>;
  create(user: { email: string; name: string; passwordHash: string; roles: Role[] }): Promise<User>;
  count(): Promise<number>;
  list(): Promise<User[]>;
  setLocale(id: string, locale: Locale | null): Promise<User | undefined>;
  createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void>;
  findSession(tokenHash: string, now: Date): Promise<{ userId: string } | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}
