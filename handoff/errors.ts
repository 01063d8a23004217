/** The handoff API's own wording of two errors; the codes and statuses are in contracts/errors.ts. */
import { CodedError } from '../contracts';

export const handoffErrors = {
  /** Used both for ids that do not exist and for tickets outside the caller's teams: never tell which. */
  ticketNotFound: (id: string) => new CodedError('ticket_not_found', `ticket ${id} was not found`),
  deliveryFailed: (message: string) => new CodedError('delivery_failed', message),
};
