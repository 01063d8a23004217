/**
 * `/api/analytics`: the summary, a metric over time, the CSV export, knowledge numbers and rising topics. Supervisors and admins only (analytics span every
 * team). Every query is validated; a bad one is a 400 naming the field.
 */
import express, { type RequestHandler, type Router } from 'express';
import { fail, parseOr400 } from '../../contracts';
import type { AnalyticsService } from './analytics-service';
import { FilterQuerySchema, resolveFilter, TimeseriesQuerySchema, TrendsQuerySchema, type AnalyticsFilter } from './query';

/** Hourly points over more than a month would be thousands of points no chart can show. */
const MAX_HOURLY_DAYS = 31;

export interface AnalyticsRouterDeps {
  analytics: AnalyticsService;
  requireSupervisor: RequestHandler;
  clock?: () => Date;
}

export function createAnalyticsRouter(deps: AnalyticsRouterDeps): Router {
  const clock = deps.clock ?? (() => new Date());
  const router = express.Router();
  router.use(deps.requireSupervisor);

  const filterOf = (query: Parameters<typeof resolveFilter>[0]): AnalyticsFilter => {
    const filter = resolveFilter(query, clock());
    if ('problem' in filter) throw fail.invalid(`the query is not valid: ${filter.problem}`);
    return filter;
  };

  router.get('/summary', async (req, res) => {
    const filter = filterOf(parseOr400(FilterQuerySchema, req.query, 'the query'));
    res.json(await deps.analytics.summary(filter));
  });

  router.get('/timeseries', async (req, res) => {
    const { metric, interval, ...query } = parseOr400(TimeseriesQuerySchema, req.query, 'the query');
    const filter = filterOf(query);
    if (interval === 'hour' && Date.parse(filter.to) - Date.parse(filter.from) > MAX_HOURLY_DAYS * 86_400_000) {
      throw fail.invalid(`the query is not valid: interval=hour covers at most ${MAX_HOURLY_DAYS} days; use interval=day`);
    }
    res.json({ metric, interval, period: { from: filter.from, to: filter.to }, points: await deps.analytics.timeseries(filter, metric, interval) });
  });

  router.get('/export.csv', async (req, res) => {
    const filter = filterOf(parseOr400(FilterQuerySchema, req.query, 'the query'));
    const csv = await deps.analytics.exportCsv(filter);
    const name = `baton-analytics-${filter.from.slice(0, 10)}-${filter.to.slice(0, 10)}.csv`;
    res.type('text/csv; charset=utf-8').attachment(name).send(csv);
  });

  router.get('/knowledge', async (req, res) => {
    const filter = filterOf(parseOr400(FilterQuerySchema, req.query, 'the query'));
    res.json({ period: { from: filter.from, to: filter.to }, ...(await deps.analytics.knowledge(filter)) });
  });

  router.get('/trends', async (req, res) => {
    const { day = clock().toISOString().slice(0, 10) } = parseOr400(TrendsQuerySchema, req.query, 'the query');
    res.json({ day, alerts: await deps.analytics.trends(day) });
  });

  return router;
}
