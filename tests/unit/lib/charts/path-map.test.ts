import { describe, expect, test } from 'vitest';
import { pathMap } from '../../../../src/lib/charts/path-map';

const box = { left: 0, width: 400, expertY: 20, offY: 60 };

describe('pathMap', () => {
  test('one column per decision plus the ending; dots on the expert lane where the learner agreed', () => {
    const m = pathMap([false, false, true, false], box);
    expect(m.points.map((p) => [p.n, p.x, p.y])).toEqual([
      [1, 40, 20],
      [2, 120, 20],
      [3, 200, 60],
      [4, 280, 20],
    ]);
    expect(m.end).toEqual({ x: 360, y: 20 });
    expect(m.learnerLine).toBe('40,20 120,20 200,60 280,20 360,20');
    expect(m.expertLine).toEqual({ x1: 40, x2: 360 });
  });
  test('the turn is the first step that differs', () => {
    expect(pathMap([false, true, true], box).turn).toBe(2);
    expect(pathMap([false, true, true], box).end.y).toBe(60);
  });
  test('a run that follows the expert throughout has no turn', () => {
    expect(pathMap([false, false], box).turn).toBeUndefined();
  });
  test('a run without decisions is just the ending', () => {
    const m = pathMap([], box);
    expect(m.points).toEqual([]);
    expect(m.end).toEqual({ x: 200, y: 20 });
  });
});
