import { describe, expect, test } from 'vitest';
import {
  OUTCOME_VALUE,
  readiness,
  WEIGHTS,
  type ReadinessInput,
} from '../../../../src/lib/progress/readiness';

const lessons = ['a', 'b', 'c', 'd'];
const empty: ReadinessInput = {
  lessons,
  read: [],
  tests: lessons,
  best: {},
  hasExam: true,
  scenarios: ['s1', 's2'],
  bestOutcome: {},
};
const part = (r: ReturnType<typeof readiness>, id: string) => r.parts.find((p) => p.id === id);

describe('readiness index', () => {
  test('weights add up to 100 and a fresh learner scores 0', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const r = readiness(empty);
    expect(r.score).toBe(0);
    expect(r.parts.map((p) => [p.id, p.weight, p.points])).toEqual([
      ['reading', 30, 0],
      ['tests', 30, 0],
      ['exam', 15, 0],
      ['scenarios', 25, 0],
    ]);
  });
  test('lesson coverage: each read lesson is worth 30 / lessons', () => {
    const r = readiness({ ...empty, read: ['a', 'c', 'unknown-lesson'] });
    expect(part(r, 'reading')).toMatchObject({ points: 15, ratio: 0.5 });
    expect(r.score).toBe(15);
  });
  test('tests: mean of each lesson’s best score, untaken counted as 0, out-of-range clamped', () => {
    const r = readiness({ ...empty, best: { a: 100, b: 50, c: 150, d: undefined } });
    expect(part(r, 'tests')?.points).toBeCloseTo((30 * (1 + 0.5 + 1 + 0)) / 4);
  });
  test('exam: best score times 15', () => {
    expect(part(readiness({ ...empty, best: { exam: 80 } }), 'exam')?.points).toBeCloseTo(12);
  });
  test('scenarios: mean of best outcome values, unplayed as 0', () => {
    const r = readiness({ ...empty, bestOutcome: { s1: 'won', s2: 'risky-win' } });
    expect(part(r, 'scenarios')?.points).toBeCloseTo((25 * (1 + 0.4)) / 2);
    expect(OUTCOME_VALUE).toEqual({ won: 1, partial: 0.6, 'risky-win': 0.4, lost: 0.1 });
    expect(
      part(readiness({ ...empty, bestOutcome: { s1: 'lost' } }), 'scenarios')?.points,
    ).toBeCloseTo(25 * 0.05);
  });
  test('everything done gives 100 and no next steps', () => {
    const r = readiness({
      ...empty,
      read: lessons,
      best: { a: 100, b: 100, c: 100, d: 100, exam: 100 },
      bestOutcome: { s1: 'won', s2: 'won' },
    });
    expect(r.score).toBe(100);
    expect(r.next).toEqual([]);
  });
  test('a part with nothing in it drops out and the rest are scaled to 100', () => {
    const r = readiness({ ...empty, scenarios: [], read: lessons });
    expect(r.parts.map((p) => p.id)).toEqual(['reading', 'tests', 'exam']);
    expect(part(r, 'reading')?.weight).toBeCloseTo(40);
    expect(r.score).toBe(40);
    expect(
      readiness({
        lessons: [],
        read: [],
        tests: [],
        best: {},
        hasExam: false,
        scenarios: [],
        bestOutcome: {},
      }),
    ).toEqual({ score: 0, parts: [], next: [] });
  });
  test('the three next steps are the largest gains, ties in course order', () => {
    const r = readiness(empty);
    expect(r.next).toEqual([
      { kind: 'exam', best: undefined, gain: 15 },
      { kind: 'scenario', scenario: 's1', best: undefined, gain: 12.5 },
      { kind: 'scenario', scenario: 's2', best: undefined, gain: 12.5 },
    ]);
    const later = readiness({
      ...empty,
      best: { exam: 90, a: 40 },
      bestOutcome: { s1: 'won', s2: 'partial' },
    });
    expect(
      later.next.map(
        (a) => a.kind + ':' + ('lesson' in a ? a.lesson : 'scenario' in a ? a.scenario : ''),
      ),
    ).toEqual(['read:a', 'read:b', 'read:c']);
    expect(later.next[0]?.gain).toBeCloseTo(7.5);
  });
  test('a retake’s gain is what is still missing from the best score', () => {
    const r = readiness({
      ...empty,
      read: lessons,
      best: { a: 100, b: 100, c: 100, d: 60, exam: 100 },
      bestOutcome: { s1: 'won', s2: 'won' },
    });
    expect(r.next).toEqual([{ kind: 'test', lesson: 'd', best: 60, gain: expect.closeTo(3, 5) }]);
    expect(r.score).toBe(97);
  });
});
