import { describe, expect, test } from 'vitest';
import { barLength, barRows, linearScale } from '../../../../src/lib/charts/scale';

describe('linearScale', () => {
  test('maps the domain onto the range, clamped at both ends', () => {
    const x = linearScale([0, 100], [10, 210]);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(100)).toBe(210);
    expect(x(150)).toBe(210);
    expect(x(-5)).toBe(10);
  });
  test('runs downwards for a vertical axis and survives an empty domain', () => {
    expect(linearScale([0, 4], [100, 20])(1)).toBe(80);
    expect(linearScale([3, 3], [0, 50])(3)).toBe(0);
  });
});

describe('barLength', () => {
  test('is proportional to value over max, zero for a zero max', () => {
    expect(barLength(3, 12, 200)).toBe(50);
    expect(barLength(12, 12, 200)).toBe(200);
    expect(barLength(5, 0, 200)).toBe(0);
  });
});

describe('barRows', () => {
  test('stacks label then bar per row, bars against the common maximum', () => {
    const layout = barRows(
      [
        { value: 2, max: 4 },
        { value: 8, max: 8 },
      ],
      { width: 200, label: 16, bar: 10, gap: 6 },
    );
    expect(layout.height).toBe(64);
    expect(layout.rows).toEqual([
      { y: 16, labelY: 12, length: 50, track: 100 },
      { y: 48, labelY: 44, length: 200, track: 200 },
    ]);
  });
  test('a value above its maximum stops at the maximum; scaleMax sets a shared scale', () => {
    const layout = barRows([{ value: 9, max: 6 }], {
      width: 100,
      label: 10,
      bar: 10,
      gap: 0,
      scaleMax: 12,
    });
    expect(layout.rows[0]).toMatchObject({ length: 50, track: 50 });
  });
});
