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

/**
 * A screen that fits up to `limit` px and grows as `size^exponent` (wrapping text about the square,
 * short lines about linearly); `asked` records every size measured.
 */
function screen(limit: number, exponent = 2, asked: number[] = []) {
  return (size: number): number => {
    asked.push(size);
    return Math.pow(size / (limit + 0.5), exponent);
  };
}

describe('largestFitting', () => {
  test('finds the largest size that fits, measuring fewer sizes than bisection', () => {
    for (const exponent of [1, 1.5, 2, 3]) {
      const asked: number[] = [];
      expect(largestFitting(24, 56, screen(37, exponent, asked))).toEqual({ size: 37, fits: true });
      expect(asked.length, `exponent ${exponent}: ${asked.join(', ')}`).toBeLessThanOrEqual(5);
    }
  });

  test('finds it in a wide range too (a tall window: floor 34, ceiling 68)', () => {
    for (const limit of [34, 35, 41, 50, 67]) {
      const asked: number[] = [];
      expect(largestFitting(33.75, 68.6, screen(limit, 2, asked))).toEqual({
        size: limit,
        fits: true,
      });
      expect(asked.length, `limit ${limit}: ${asked.join(', ')}`).toBeLessThanOrEqual(5);
    }
  });

  test('finds the edge of a screen that fills in steps (a line wraps), never measuring many more than bisection', () => {
    // Fills 0.5 up to the limit, then jumps: the estimates say little, halving takes over.
    for (const limit of [24, 30, 40, 55]) {
      const asked: number[] = [];
      const fitted = largestFitting(24, 56, (size) => {
        asked.push(size);
        return size <= limit ? 0.5 : 1.01;
      });
      expect(fitted).toEqual({ size: limit, fits: true });
      expect(asked.length, `limit ${limit}: ${asked.join(', ')}`).toBeLessThanOrEqual(12);
      expect(new Set(asked).size, 'no size measured twice').toBe(asked.length);
    }
  });

  test('takes the largest size at once when everything fits', () => {
    const asked: number[] = [];
    expect(largestFitting(24, 55.4, screen(80, 2, asked))).toEqual({ size: 55, fits: true });
    expect(asked).toEqual([55]);
  });

  test('stays at the floor, saying so, when even the floor overflows', () => {
    expect(largestFitting(24, 56, () => 1.2)).toEqual({ size: 24, fits: false });
    expect(largestFitting(24, 56, screen(20))).toEqual({ size: 24, fits: false });
  });

  test('rounds a fractional floor up, so the chosen size is never below it', () => {
    expect(largestFitting(33.75, 40, screen(34))).toEqual({ size: 34, fits: true });
    expect(largestFitting(33.75, 40, () => 2)).toEqual({ size: 34, fits: false });
  });

  test('copes with a ceiling below the floor', () => {
    expect(largestFitting(24, 20, () => 0.5)).toEqual({ size: 24, fits: true });
    expect(largestFitting(24, 20, () => 2)).toEqual({ size: 24, fits: false });
  });

  test('copes with a screen that is empty at every size', () => {
    expect(largestFitting(24, 56, () => 0)).toEqual({ size: 56, fits: true });
  });
});

describe('bestLayout', () => {
  const limits = { stack: 30, split: 41, wide: 41 } as const;
  const fill = (layout: keyof typeof limits, size: number) => size / (limits[layout] + 0.5);

  test('picks the layout that allows the largest type', () => {
    expect(bestLayout(['stack', 'split'], 24, 56, fill)).toEqual({
      layout: 'split',
      size: 41,
      fits: true,
    });
  });

  test('keeps the earlier layout on a tie', () => {
    expect(bestLayout(['split', 'wide'], 24, 56, fill).layout).toBe('split');
  });

  test('prefers a layout that fits over one that overflows at the floor', () => {
    const result = bestLayout(['stack', 'split'], 24, 56, (layout, size) =>
      layout === 'split' ? size / 25.5 : 2,
    );
    expect(result).toEqual({ layout: 'split', size: 25, fits: true });
  });

  test('reports an overflow when no layout fits', () => {
    expect(bestLayout(['stack', 'split'], 24, 56, () => 2)).toEqual({
      layout: 'stack',
      size: 24,
      fits: false,
    });
  });

  test('does not search a layout that cannot beat the best one by a pixel', () => {
    const asked: string[] = [];
    bestLayout(['split', 'stack'], 24, 56, (layout, size) => {
      asked.push(layout);
      return fill(layout, size);
    });
    expect(asked.filter((l) => l === 'stack')).toHaveLength(1);
  });

  test('needs at least one layout', () => {
    expect(() => bestLayout([], 24, 56, () => 0.5)).toThrow(RangeError);
  });
});

describe('bestInTiers', () => {
  test('keeps the first tier whenever one of its layouts fits, even when a later one allows larger type', () => {
    const asked: number[] = [];
    const result = bestInTiers([['stack', 'split'], ['dense']], 24, 56, (layout, size, tier) => {
      asked.push(tier);
      return layout === 'dense' ? size / 50.5 : size / 24.5;
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
      (layout, size, tier) => (tier === 0 ? 2 : size / (layout === 'table' ? 26.5 : 25.5)),
    );
    expect(result).toEqual({ layout: 'table', size: 26, fits: true, tier: 1 });
  });

  test('passes each layout the tier it is tried in', () => {
    const seen = new Set<string>();
    bestInTiers([['a'], ['b']], 24, 30, (layout, _size, tier) => {
      seen.add(`${layout}${tier}`);
      return 2;
    });
    expect([...seen].sort()).toEqual(['a0', 'b1']);
  });

  test('reports the last tier, overflowing, when no tier fits', () => {
    expect(bestInTiers([['stack'], ['table']], 24, 56, () => 2)).toEqual({
      layout: 'table',
      size: 24,
      fits: false,
      tier: 1,
    });
  });

  test('needs at least one tier', () => {
    expect(() => bestInTiers([], 24, 56, () => 0.5)).toThrow(RangeError);
  });
});
