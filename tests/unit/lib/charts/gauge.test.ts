import { describe, expect, test } from 'vitest';
import { arcPath, gaugePoint, gaugeSegments } from '../../../../src/lib/charts/gauge';

const box = { cx: 100, cy: 100, r: 80 };

describe('gaugePoint', () => {
  test('runs from the left end over the top to the right end', () => {
    expect(gaugePoint(box, 0)).toEqual({ x: 20, y: 100 });
    expect(gaugePoint(box, 0.5)).toEqual({ x: 100, y: 20 });
    expect(gaugePoint(box, 1)).toEqual({ x: 180, y: 100 });
    expect(gaugePoint(box, 2)).toEqual({ x: 180, y: 100 });
  });
});

describe('arcPath', () => {
  test('draws a clockwise arc between two fractions and nothing for an empty one', () => {
    expect(arcPath(box, 0, 0.5)).toBe('M 20 100 A 80 80 0 0 1 100 20');
    expect(arcPath(box, 0.3, 0.3)).toBe('');
  });
});

describe('gaugeSegments', () => {
  const parts = [
    { id: 'reading', weight: 30, points: 30 },
    { id: 'tests', weight: 30, points: 15 },
    { id: 'exam', weight: 15, points: 0 },
    { id: 'scenarios', weight: 25, points: 5 },
  ];
  test('gives each part its share of the ring in order', () => {
    const segs = gaugeSegments(box, parts, 0);
    expect(segs.map((s) => [s.id, s.from, s.to])).toEqual([
      ['reading', 0, 0.3],
      ['tests', 0.3, 0.6],
      ['exam', 0.6, 0.75],
      ['scenarios', 0.75, 1],
    ]);
  });
  test('fills a part as far as it is done: all, half, none', () => {
    const [reading, tests, exam] = gaugeSegments(box, parts, 0);
    expect(reading!.fill).toBe(reading!.track);
    expect(tests!.fill).toBe(arcPath(box, 0.3, 0.45));
    expect(exam!.fill).toBe('');
  });
  test('leaves a small gap between parts but none at the ends', () => {
    const segs = gaugeSegments(box, parts, 0.01);
    expect(segs[0]!.track).toBe(arcPath(box, 0, 0.295));
    expect(segs[3]!.track).toBe(arcPath(box, 0.755, 1));
  });
});
