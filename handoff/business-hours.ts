/**
 * Business-hours arithmetic in the calendar's own time zone: is it open, when does it open next, what instant lies N
 * business minutes after another, how many business minutes lie between two instants. SLA deadlines are built from
 * these, so a 30-minute target set at 17:50 on a Friday falls due on Monday morning. Daylight-saving changes are
 * handled by converting each local opening interval to UTC on its own day.
 */
import { minutesOfDay, type BusinessCalendar, type Weekday } from './config';

export interface BusinessClock {
  isOpen(at: Date): boolean;
  /** `at` itself when open; otherwise the start of the next opening interval. */
  nextOpening(at: Date): Date;
  /** The instant `minutes` business minutes after `start`. */
  addMinutes(start: Date, minutes: number): Date;
  /** Business minutes between two instants (0 when `to` is not after `from`). */
  minutesBetween(from: Date, to: Date): number;
}

const MINUTE_MS = 60_000;
const DAY_KEYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A calendar closed for longer than this is a configuration error, not a reason to loop forever. */
const MAX_DAYS_AHEAD = 800;

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export function createBusinessClock(calendar: BusinessCalendar): BusinessClock {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: calendar.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const holidays = new Set(calendar.holidays);
  const weekly = new Map<Weekday, Array<[number, number]>>(
    DAY_KEYS.map((day) => [
      day,
      (calendar.weekly[day] ?? []).map((interval) => interval.split('-').map(minutesOfDay) as [number, number]).sort((a, b) => a[0] - b[0]),
    ]),
  );

  function localParts(instant: number): LocalDate & { hour: number; minute: number; second: number } {
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
  }

  /** Milliseconds the zone is ahead of UTC at an instant. */
  function offsetAt(instant: number): number {
    const p = localParts(instant);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return asUtc - (instant - (instant % 1000));
  }

  /** The UTC instant of a local wall-clock time (minutes may be 1440: the next midnight). */
  function toInstant(date: LocalDate, minutes: number): number {
    const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
    const guess = wall - offsetAt(wall);
    const corrected = wall - offsetAt(guess);
    return corrected;
  }

  function nextDay(date: LocalDate): LocalDate {
    const d = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }

  /** Opening intervals as UTC [start, end) in order, from the local day that contains `from`. */
  function* openIntervals(from: number): Generator<[number, number]> {
    let date: LocalDate = localParts(from);
    for (let i = 0; i < MAX_DAYS_AHEAD; i++) {
      const key = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
      if (!holidays.has(key)) {
        const weekday = DAY_KEYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
        for (const [open, close] of weekly.get(weekday) ?? []) {
          yield [toInstant(date, open), toInstant(date, close)];
        }
      }
      date = nextDay(date);
    }
    throw new Error(`the business calendar has no opening hours in the next ${MAX_DAYS_AHEAD} days`);
  }

  const clock: BusinessClock = {
    isOpen(at) {
      return clock.nextOpening(at).getTime() === at.getTime();
    },
    nextOpening(at) {
      const t = at.getTime();
      for (const [start, end] of openIntervals(t)) {
        if (end > t) return new Date(Math.max(start, t));
      }
      throw new Error('unreachable');
    },
    addMinutes(start, minutes) {
      let cursor = start.getTime();
      let remaining = Math.max(0, minutes) * MINUTE_MS;
      if (remaining === 0) return new Date(cursor);
      for (const [open, close] of openIntervals(cursor)) {
        if (close <= cursor) continue;
        const from = Math.max(open, cursor);
        const available = close - from;
        if (remaining <= available) return new Date(from + remaining);
        remaining -= available;
        cursor = close;
      }
      throw new Error('unreachable');
    },
    minutesBetween(from, to) {
      const start = from.getTime();
      const end = to.getTime();
      if (end <= start) return 0;
      let total = 0;
      for (const [open, close] of openIntervals(start)) {
        if (open >= end) break;
        const overlap = Math.min(close, end) - Math.max(open, start);
        if (overlap > 0) total += overlap;
      }
      return total / MINUTE_MS;
    },
  };
  return clock;
}
