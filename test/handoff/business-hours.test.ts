import { createBusinessClock } from '../../handoff/business-hours';
import { BusinessCalendarSchema } from '../../handoff/config';

// Mon–Fri 09:00–12:00 and 13:00–18:00 in Shanghai (UTC+8, no DST); 2026-03-06 (a Friday) is a holiday.
const shanghai = createBusinessClock(
  BusinessCalendarSchema.parse({
    timeZone: 'Asia/Shanghai',
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-12:00', '13:00-18:00']])),
    holidays: ['2026-03-06'],
  }),
);
const at = (iso: string) => new Date(iso);
const local = (iso: string) => at(`${iso}+08:00`);

describe('business hours', () => {
  test.each([
    ['2026-03-02T09:00:00', true], // Monday, opening
    ['2026-03-02T08:59:00', false],
    ['2026-03-02T12:30:00', false], // lunch
    ['2026-03-02T17:59:00', true],
    ['2026-03-02T18:00:00', false],
    ['2026-03-06T10:00:00', false], // holiday
    ['2026-03-07T10:00:00', false], // Saturday
  ])('open at %s (Shanghai): %s', (time, open) => {
    expect(shanghai.isOpen(local(time))).toBe(open);
  });

  test('next opening skips lunch, nights, holidays and weekends', () => {
    expect(shanghai.nextOpening(local('2026-03-02T12:10:00')).toISOString()).toBe(local('2026-03-02T13:00:00').toISOString());
    expect(shanghai.nextOpening(local('2026-03-02T20:00:00')).toISOString()).toBe(local('2026-03-03T09:00:00').toISOString());
    // Thursday evening → Friday is a holiday → Monday 09:00.
    expect(shanghai.nextOpening(local('2026-03-05T19:00:00')).toISOString()).toBe(local('2026-03-09T09:00:00').toISOString());
  });

  test('adding business minutes runs only while open', () => {
    expect(shanghai.addMinutes(local('2026-03-02T11:50:00'), 30).toISOString()).toBe(local('2026-03-02T13:20:00').toISOString());
    expect(shanghai.addMinutes(local('2026-03-02T17:50:00'), 30).toISOString()).toBe(local('2026-03-03T09:20:00').toISOString());
    // Requested on Saturday night: the clock starts Monday 09:00.
    expect(shanghai.addMinutes(local('2026-03-07T23:00:00'), 15).toISOString()).toBe(local('2026-03-09T09:15:00').toISOString());
    // Two days of business time (8 h a day) from Monday 09:00 ends Tuesday 18:00.
    expect(shanghai.addMinutes(local('2026-03-02T09:00:00'), 16 * 60).toISOString()).toBe(local('2026-03-03T18:00:00').toISOString());
  });

  test('business minutes between two instants', () => {
    expect(shanghai.minutesBetween(local('2026-03-02T11:00:00'), local('2026-03-02T14:00:00'))).toBe(120);
    expect(shanghai.minutesBetween(local('2026-03-02T17:00:00'), local('2026-03-03T10:00:00'))).toBe(120);
    expect(shanghai.minutesBetween(local('2026-03-02T14:00:00'), local('2026-03-02T11:00:00'))).toBe(0);
  });

  test('daylight saving: local hours stay local across the change (Berlin, 2026-03-29)', () => {
    const berlin = createBusinessClock(
      BusinessCalendarSchema.parse({ timeZone: 'Europe/Berlin', weekly: { fri: ['09:00-17:00'], mon: ['09:00-17:00'] } }),
    );
    // Friday 16:30 CET (+01:00) + 60 business minutes → Monday 09:30 CEST (+02:00).
    expect(berlin.addMinutes(at('2026-03-27T16:30:00+01:00'), 60).toISOString()).toBe(at('2026-03-30T09:30:00+02:00').toISOString());
  });

  test('the default calendar is open around the clock', () => {
    const always = createBusinessClock(BusinessCalendarSchema.parse({ timeZone: 'UTC', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']])) }));
    expect(always.addMinutes(at('2026-03-07T23:50:00Z'), 30).toISOString()).toBe('2026-03-08T00:20:00.000Z');
    expect(always.isOpen(at('2026-03-08T03:00:00Z'))).toBe(true);
  });
});
