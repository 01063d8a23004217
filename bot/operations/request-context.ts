/** The request being served, carried through its async work, so any log line written for it names its request id. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

export interface RequestContext {
  id: string;
  /** The logger bound to this request (it adds `reqId` to every line). */
  log: Logger;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
