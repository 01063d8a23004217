/** What operators watch: JSON logs, Prometheus metrics, health and readiness. Built once per Baton instance. */
import type { RequestHandler } from 'express';
import type { DestinationStream, Logger } from 'pino';
import type { Config } from '../config';
import { createLogger, lineLogger, requestLogging } from './logger';
import { createMetrics, type Metrics } from './metrics';

export { createOperationsRouter, type ReadinessChecks } from './routes';
export type { Metrics, QueueLength } from './metrics';

export interface Operations {
  logger: Logger;
  /** The services' line log, redacted and bound to the current request. */
  log: (line: string) => void;
  metrics: Metrics;
  /** Request id, request log and HTTP timing, for `app.use` before any route. */
  middleware: RequestHandler[];
}

export function createOperations(config: Pick<Config, 'env' | 'logLevel' | 'logSync'>, options: { destination?: DestinationStream } = {}): Operations {
  const logger = createLogger({ level: config.logLevel, pretty: config.env === 'development', sync: config.logSync, destination: options.destination });
  const metrics = createMetrics();
  return { logger, log: lineLogger(logger), metrics, middleware: [...requestLogging(logger), metrics.httpTimer] };
}
