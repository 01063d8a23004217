/** Request validation for the knowledge API: every body and query goes through a schema; failures are 400s naming the field. */
import type { z } from 'zod';
import { KnowledgeError } from '../errors';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = 'the request body'): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  throw new KnowledgeError('invalid_request', 400, `${what} is not valid: ${problems}`, result.error.issues);
}
