import { describe, expect, test } from 'vitest';
import { dayNotAfter, isIsoTime, timeNotAfter } from '../../../../src/lib/time/clock';

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

describe('stored times must be real moments', () => {
  test.each(['2026-11-27T08:00:00.000Z', '2026-11-27T08:00:00Z', '2026-11-27T16:00:00+08:00'])(
    'accepts %s',
    (time) => expect(isIsoTime(time)).toBe(true),
  );
  test.each([
    '2026-02-30T08:00:00.000Z',
    '9999-99-99T00:00:00.000Z',
    '2026-11-27T24:00:00.000Z',
    '2026-11-27T08:60:00.000Z',
    '2026-11-27',
    '2026',
    'yesterday',
    '',
  ])('refuses %s', (time) => expect(isIsoTime(time)).toBe(false));
  test('refuses what is not a string', () => {
    expect(isIsoTime(1_764_230_400_000)).toBe(false);
    expect(isIsoTime(null)).toBe(false);
  });
});
