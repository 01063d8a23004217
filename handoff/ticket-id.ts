/**
 * Ticket ids read like `T-20261122-0042`: the day the ticket was created (in the business calendar's time zone, the day
 * the team would call it) and a per-day counter the store hands out atomically. More than 9,999 in a day just widens.
 */
export function ticketDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}${get('month')}${get('day')}`;
}

export function formatTicketId(day: string, counter: number): string {
  return `T-${day}-${String(counter).padStart(4, '0')}`;
}

