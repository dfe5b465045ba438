import { describe, expect, test } from 'vitest';
import { countTicks, histogram, passPosition } from '../../../../src/lib/charts/histogram';

const bands = [
  { from: 0, to: 59, count: 1 },
  { from: 60, to: 69, count: 0 },
  { from: 70, to: 79, count: 2 },
  { from: 80, to: 89, count: 4 },
  { from: 90, to: 100, count: 1 },
];
const box = { left: 40, top: 10, width: 250, height: 100, gap: 10 };

describe('histogram', () => {
  test('one equal column per band, heights proportional to the count, tallest at the top', () => {
    const h = histogram(bands, 80, box);
    expect(h.bars.map((b) => b.x)).toEqual([45, 95, 145, 195, 245]);
    expect(h.bars.every((b) => b.width === 40)).toBe(true);
    expect(h.bars.map((b) => b.height)).toEqual([25, 0, 50, 100, 25]);
    expect(h.bars[3]!.y).toBe(10);
    expect(h.bottom).toBe(110);
  });
  test('draws the pass mark of 80 on the left edge of the 80–89 column', () => {
    expect(histogram(bands, 80, box).passX).toBe(190);
  });
  test('has no pass mark when none is given', () => {
    expect(histogram(bands, undefined, box).passX).toBeUndefined();
  });
  test('an empty room still has a scale of one person', () => {
    const h = histogram(
      bands.map((b) => ({ ...b, count: 0 })),
      80,
      box,
    );
    expect(h.bars.every((b) => b.height === 0)).toBe(true);
    expect(h.ticks).toEqual([
      { value: 0, y: 110 },
      { value: 1, y: 10 },
    ]);
  });
});

describe('passPosition', () => {
  test('places a mark inside a band proportionally, and nowhere when no band holds it', () => {
    expect(passPosition(bands, 65, 0, 50)).toBe(75);
    expect(passPosition(bands, 30, 0, 50)).toBe(25);
    expect(passPosition(bands, 101, 0, 50)).toBeUndefined();
  });
});

describe('countTicks', () => {
  test('whole people, at most about five ticks, always ending at the largest count', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(10)).toEqual([0, 3, 6, 9, 10]);
  });
});
