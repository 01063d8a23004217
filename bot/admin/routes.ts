/** `/api/admin`: people and their roles, the handoff policy and the customer directory, for admins. */
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { PolicySchema } from '../core/policy';
import { CustomerRecordSchema, type CustomerStore } from '../customers/model';
import type { AuthService } from '../people/auth-service';
import { NewUserSchema, PasswordResetSchema } from '../people/model';
import type { PolicyProvider } from './policy-provider';
import { parseOr400 } from '../../contracts';

const userIdParam = (value: unknown) => parseOr400(z.string().min(1).max(64), value, 'the user id');

const CustomerImportSchema = z.object({ customers: z.array(CustomerRecordSchema).min(1, 'send at least one customer').max(100_000) });

export function createAdminRouter(deps: { policy: PolicyProvider; customers: CustomerStore; auth: AuthService; requireAdmin: RequestHandler }): Router {
  const router = express.Router();
  router.use(deps.requireAdmin);
  router.use(express.json({ limit: '5mb' }));

  router.get('/policy', (_req, res) => {
    res.json(deps.policy.current());
  });
  router.put('/policy', async (req, res) => {
    res.json(await deps.policy.replace(parseOr400(PolicySchema, req.body ?? {}, 'the request body')));
  });

  router.get('/users', async (_req, res) => {
    res.json({ users: await deps.auth.listUsers() });
  });
  router.post('/users', async (req, res) => {
    res.status(201).json({ user: await deps.auth.createUser(parseOr400(NewUserSchema, req.body ?? {}, 'the request body')) });
  });

  // Disabling signs the person out everywhere; a reset sets a new password and ends their sessions.
  router.post('/users/:id/disable', async (req, res) => {
    res.json({ user: await deps.auth.setDisabled(userIdParam(req.params.id), true) });
  });
  router.post('/users/:id/enable', async (req, res) => {
    res.json({ user: await deps.auth.setDisabled(userIdParam(req.params.id), false) });
  });
  router.put('/users/:id/password', async (req, res) => {
    const { password } = parseOr400(PasswordResetSchema, req.body ?? {}, 'the request body');
    res.json({ user: await deps.auth.resetPassword(userIdParam(req.params.id), password) });
  });
  router.delete('/users/:id/sessions', async (req, res) => {
    res.json({ revoked: await deps.auth.revokeSessions(userIdParam(req.params.id)) });
  });

  router.get('/customers', async (_req, res) => {
    res.json({ customers: await deps.customers.list() });
  });
  // All or nothing: one invalid record (reported with its index) and nothing is imported.
  router.post('/customers', async (req, res) => {
    const { customers } = parseOr400(CustomerImportSchema, req.body ?? {}, 'the request body');
    res.json({ imported: await deps.customers.upsertAll(customers) });
  });
  return router;
}
