import { describe, expect, test } from 'vitest';
import {
  bestInTiers,
  bestLayout,
  largestFitting,
  MIN_FLOOR_PX,
  typeCeiling,
  typeFloor,
} from '../../../../src/lib/workshop/fit';

describe('typeFloor', () => {
  test('is 1/32 of the window height on projector windows, never below 20 px', () => {
    expect(typeFloor(720)).toBe(22.5);
    expect(typeFloor(768)).toBe(24);
    expect(typeFloor(1080)).toBe(33.75);
    expect(typeFloor(400)).toBe(MIN_FLOOR_PX);
  });
});

describe('typeCeiling', () => {
  test('is bounded by width and by height, and never below the floor', () => {
    expect(typeCeiling(1280, 720)).toBeCloseTo(1280 / 28);
    expect(typeCeiling(1920, 600)).toBeCloseTo(600 / 13);
    expect(typeCeiling(1024, 768)).toBeCloseTo(1024 / 28);
    expect(typeCeiling(300, 200)).toBe(MIN_FLOOR_PX);
  });
});

describe('largestFitting', () => {
  test('finds the largest size that fits, asking few sizes', () => {
    const asked: number[] = [];
    const fitted = largestFitting(24, 56, (size) => {
      asked.push(size);
      return size <= 37;
    });
    expect(fitted).toEqual({ size: 37, fits: true });
    expect(asked.length).toBeLessThanOrEqual(8);
  });

  test('takes the largest size at once when everything fits', () => {
    expect(largestFitting(24, 55.4, () => true)).toEqual({ size: 55, fits: true });
  });

  test('stays at the floor, saying so, when even the floor overflows', () => {
    expect(largestFitting(24, 56, () => false)).toEqual({ size: 24, fits: false });
  });

  test('rounds a fractional floor up, so the chosen size is never below it', () => {
    expect(largestFitting(33.75, 40, (size) => size <= 34)).toEqual({ size: 34, fits: true });
    expect(largestFitting(33.75, 40, () => false)).toEqual({ size: 34, fits: false });
  });

  test('copes with a ceiling below the floor', () => {
    expect(largestFitting(24, 20, () => true)).toEqual({ size: 24, fits: true });
  });
});

describe('bestLayout', () => {
  const limits = { stack: 30, split: 41, wide: 41 } as const;
  const fits = (layout: keyof typeof limits, size: number) => size <= limits[layout];

  test('picks the layout that allows the largest type', () => {
    expect(bestLayout(['stack', 'split'], 24, 56, fits)).toEqual({
      layout: 'split',
      size: 41,
      fits: true,
    });
  });

  test('keeps the earlier layout on a tie', () => {
    expect(bestLayout(['split', 'wide'], 24, 56, fits).layout).toBe('split');
  });

  test('prefers a layout that fits over one that overflows at the floor', () => {
    const result = bestLayout(['stack', 'split'], 24, 56, (layout, size) =>
      layout === 'split' ? size <= 25 : false,
    );
    expect(result).toEqual({ layout: 'split', size: 25, fits: true });
  });

  test('reports an overflow when no layout fits', () => {
    expect(bestLayout(['stack', 'split'], 24, 56, () => false)).toEqual({
      layout: 'stack',
      size: 24,
      fits: false,
    });
  });

  test('does not search a layout that cannot beat the best one by a pixel', () => {
    const asked: string[] = [];
    bestLayout(['split', 'stack'], 24, 56, (layout, size) => {
      asked.push(layout);
      return fits(layout, size);
    });
    expect(asked.filter((l) => l === 'stack')).toHaveLength(1);
  });

  test('needs at least one layout', () => {
    expect(() => bestLayout([], 24, 56, () => true)).toThrow(RangeError);
  });
});

describe('bestInTiers', () => {
  test('keeps the first tier whenever one of its layouts fits, even when a later one allows larger type', () => {
    const asked: number[] = [];
    const result = bestInTiers([['stack', 'split'], ['dense']], 24, 56, (layout, size, tier) => {
      asked.push(tier);
      return layout === 'dense' ? size <= 50 : size <= 24;
    });
    expect(result).toEqual({ layout: 'stack', size: 24, fits: true, tier: 0 });
    expect(asked).not.toContain(1);
  });

  test('moves to the next tier only when nothing in the first fits at the floor', () => {
    const result = bestInTiers(
      [
        ['stack', 'split'],
        ['stack', 'table'],
      ],
      24,
      56,
      (layout, size, tier) => tier === 1 && (layout === 'table' ? size <= 26 : size <= 25),
    );
    expect(result).toEqual({ layout: 'table', size: 26, fits: true, tier: 1 });
  });

  test('passes each layout the tier it is tried in', () => {
    const seen = new Set<string>();
    bestInTiers([['a'], ['b']], 24, 30, (layout, _size, tier) => {
      seen.add(`${layout}${tier}`);
      return false;
    });
    expect([...seen].sort()).toEqual(['a0', 'b1']);
  });

  test('reports the last tier, overflowing, when no tier fits', () => {
    expect(bestInTiers([['stack'], ['table']], 24, 56, () => false)).toEqual({
      layout: 'table',
      size: 24,
      fits: false,
      tier: 1,
    });
  });

  test('needs at least one tier', () => {
    expect(() => bestInTiers([], 24, 56, () => true)).toThrow(RangeError);
  });
});
