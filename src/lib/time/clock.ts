/**
 * Reading stored dates against the learner's clock. A date later than now (a clock that was ahead,
 * or data imported from a device whose clock was) is read as now everywhere a rule depends on it:
 * schedules, the mistakes book, merge order. Callers pass `now`; this module never reads the clock.
 */

/** The stored ISO time `time`, or `now` when it lies after `now` (or is unreadable). */
export function timeNotAfter(time: string, now: Date): Date {
  const t = Date.parse(time);
  return Number.isNaN(t) || t > now.getTime() ? new Date(now.getTime()) : new Date(t);
}

/** The stored ISO time as a sortable ISO string, never later than `now`. */
export function isoNotAfter(time: string, now: Date): string {
  return timeNotAfter(time, now).toISOString();
}

/** A stored calendar day (YYYY-MM-DD), or `today` when it lies after today. */
export function dayNotAfter(day: string, today: string): string {
  return day > today ? today : day;
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether `time` is a real moment written as ISO 8601 with seconds and a zone, as the site stores
 * it (`toISOString()`): not `2026-02-30T…`, `25:00`, a bare number or a date without a time.
 */
export function isIsoTime(time: unknown): time is string {
  if (typeof time !== 'string') return false;
  const match = ISO_TIME.exec(time);
  if (match === null || !isCalendarDay(match[1])) return false;
  const [h, m, s] = [match[2], match[3], match[4]].map(Number) as [number, number, number];
  return h < 24 && m < 60 && s < 60 && !Number.isNaN(Date.parse(time));
}

/** Whether `day` is a real calendar day written YYYY-MM-DD (not 9999-99-99 or 2026-02-30). */
export function isCalendarDay(day: unknown): day is string {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
