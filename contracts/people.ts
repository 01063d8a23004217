/** Who may do what. Admins hold every role; agents and supervisors work tickets; editors and reviewers the articles. */
import { z } from 'zod';
import { fail } from './errors';

export const RoleSchema = z.enum(['admin', 'supervisor', 'agent', 'editor', 'reviewer']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;

/** The signed-in person acting through the API, as the auth middleware leaves it on the request. */
export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().optional(),
  roles: z.array(RoleSchema),
});
export type Actor = z.infer<typeof ActorSchema>;

/** The signed-in person an auth middleware left on a request; anything that is not one is a 401, never a guess. */
export function actorFrom(user: unknown): Actor {
  const parsed = ActorSchema.safeParse(user);
  if (!parsed.success) throw fail.unauthorized();
  return parsed.data;
}

export const hasRole = (actor: Pick<Actor, 'roles'>, ...roles: Role[]): boolean =>
  actor.roles.includes('admin') || roles.some((role) => actor.roles.includes(role));

export const isSupervisor = (actor: Pick<Actor, 'roles'>): boolean => hasRole(actor, 'supervisor');
