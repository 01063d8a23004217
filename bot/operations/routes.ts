/**
 * Operators' endpoints: `/healthz` (the process answers), `/readyz` (the database answers and the knowledge index is
 * loaded; 503 naming what is not) and `/metrics` (Prometheus text), which needs the metrics token as a bearer token.
 * Without a configured token `/metrics` is not served at all.
 */
import { timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import { CodedError } from '../../contracts';
import type { Metrics } from './metrics';

export interface ReadinessChecks {
  database(): Promise<void>;
  /** The knowledge index has been built or loaded. */
  indexLoaded(): boolean;
  /** Published articles in the live index (reported, not checked: an empty knowledge base is a valid one). */
  articles(): number;
}

const DATABASE_TIMEOUT_MS = 2000;

export function createOperationsRouter(deps: { metrics: Metrics; metricsToken?: string; ready: ReadinessChecks }): Router {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const database = await withTimeout(deps.ready.database(), DATABASE_TIMEOUT_MS).then(
      () => 'ok',
      (err: Error) => `unreachable: ${err.message}`,
    );
    const index = deps.ready.indexLoaded() ? 'ok' : 'not loaded';
    const ready = database === 'ok' && index === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks: { database, index }, knowledgeArticles: deps.ready.articles() });
  });

  router.get('/metrics', async (req, res) => {
    if (!deps.metricsToken) throw new CodedError('not_found', 'metrics are off: set BATON_METRICS_TOKEN and scrape with it as a bearer token');
    if (!tokenMatches(req.headers.authorization, deps.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new CodedError('unauthorized', 'send the metrics token (BATON_METRICS_TOKEN) as Authorization: Bearer');
    }
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  return router;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err as Error);
      },
    );
  });
}
