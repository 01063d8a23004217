import type { z } from 'zod';
import { BatonError } from '../errors';

/** Parses a request body; a failure is a 400 that names each bad field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new BatonError('invalid_body', 400, `the request body is not valid: ${describeIssues(result.error)}`, result.error.issues);
}

/** Parses one path or query value; a failure is a 400 that names the parameter. */
export function parseValue<S extends z.ZodType>(schema: S, value: unknown, name: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BatonError('invalid_parameter', 400, `${name}: ${result.error.issues.map((i) => i.message).join('; ')}`);
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
