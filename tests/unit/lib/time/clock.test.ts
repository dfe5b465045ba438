import { describe, expect, test } from 'vitest';
import { dayNotAfter, timeNotAfter } from '../../../../src/lib/time/clock';

describe('stored dates later than now read as now', () => {
  const now = new Date('2026-11-29T10:00:00.000Z');
  test('a time in the future reads as now; a past time is kept', () => {
    expect(timeNotAfter('2030-01-01T00:00:00.000Z', now)).toEqual(now);
    expect(timeNotAfter('2026-11-28T10:00:00.000Z', now)).toEqual(
      new Date('2026-11-28T10:00:00.000Z'),
    );
  });
  test('a calendar day after today reads as today', () => {
    expect(dayNotAfter('2027-03-01', '2026-11-29')).toBe('2026-11-29');
    expect(dayNotAfter('2026-11-01', '2026-11-29')).toBe('2026-11-01');
  });
});
