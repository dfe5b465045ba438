import { describe, expect, test } from 'vitest';
import {
  attemptsFormat,
  bestPercent,
  currentResult,
  KEEP_ATTEMPTS,
  recordAttempt,
  startDraw,
} from '../../../../src/lib/quiz/attempts';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';

const at = '2026-11-27T04:00:00.000Z';
const sub = (seed: number, percent: number) => ({
  seed,
  at,
  ids: ['q1', 'q2'],
  answers: { q1: ['a'], gone: ['x'] },
  right: ['q1'],
  percent,
});

describe('quiz attempts', () => {
  test('starts a draw, records an attempt and shows it as the current result', () => {
    let s = startDraw(attemptsFormat.initial(), 'contract', 11);
    expect(currentResult(s, 'contract')).toBeUndefined();
    s = recordAttempt(s, 'contract', sub(11, 50));
    expect(currentResult(s, 'contract')).toEqual({
      seed: 11,
      at,
      ids: ['q1', 'q2'],
      answers: { q1: ['a'], q2: [] },
      right: ['q1'],
      total: 2,
      percent: 50,
    });
    s = startDraw(s, 'contract', 12);
    expect(currentResult(s, 'contract')).toBeUndefined();
    expect(s.tests['contract']?.attempts).toHaveLength(1);
  });
  test('keeps the best score and the newest attempts', () => {
    let s = attemptsFormat.initial();
    expect(bestPercent(s, 'exam')).toBeUndefined();
    for (let i = 0; i < KEEP_ATTEMPTS + 3; i += 1)
      s = recordAttempt(s, 'exam', sub(i, i === 1 ? 100 : 25));
    expect(s.tests['exam']?.attempts).toHaveLength(KEEP_ATTEMPTS);
    expect(s.tests['exam']?.attempts[0]?.seed).toBe(3);
    expect(bestPercent(s, 'exam')).toBe(25);
    expect(bestPercent(recordAttempt(s, 'exam', sub(99, 88)), 'exam')).toBe(88);
  });
  test('round-trips through storage', () => {
    const s = recordAttempt(
      startDraw(attemptsFormat.initial(), 'contract', 5),
      'contract',
      sub(5, 50),
    );
    expect(decodeVersioned(JSON.stringify(s), attemptsFormat)).toEqual({ value: s, status: 'ok' });
  });
  test('recovers from corrupt data, keeping what is readable', () => {
    expect(decodeVersioned('{not json', attemptsFormat)).toEqual({
      value: { v: 1, tests: {} },
      status: 'recovered',
    });
    expect(decodeVersioned('{"v":1,"tests":[]}', attemptsFormat).status).toBe('recovered');
    const good = {
      seed: 1,
      at,
      ids: ['q1'],
      answers: { q1: ['a'] },
      right: [],
      total: 1,
      percent: 0,
    };
    const raw = JSON.stringify({
      v: 1,
      tests: {
        a: { seed: 1, attempts: [good, { seed: 'x' }] },
        'BAD ID': { attempts: [] },
        b: { seed: -1, attempts: [] },
      },
    });
    expect(decodeVersioned(raw, attemptsFormat)).toEqual({
      value: { v: 1, tests: { a: { seed: 1, attempts: [good] }, b: { attempts: [] } } },
      status: 'recovered',
      dropped: 3,
    });
  });
  test('rejects versions it cannot read', () => {
    expect(decodeVersioned('{"v":2,"tests":{}}', attemptsFormat).status).toBe('recovered');
  });
});

describe('stored attempts are checked for values, not only shapes', () => {
  const good = {
    seed: 1,
    at: '2026-11-20T10:00:00.000Z',
    ids: ['q1', 'q2', 'q3', 'q4', 'q5'],
    answers: { q1: ['a'] },
    right: ['q1'],
    total: 5,
    percent: 20,
  };
  const read = (attempt: object) =>
    decodeVersioned(
      JSON.stringify({ v: 1, tests: { exam: { attempts: [good, attempt] } } }),
      attemptsFormat,
    );
  test.each([
    ['a negative question count (答对 1/-5)', { total: -5, percent: 100 }],
    ['a count that is not the number of questions', { total: 8 }],
    ['a score that is not the share answered right', { percent: 100 }],
    ['right answers to questions not asked', { right: ['q9'], percent: 20 }],
    ['a question twice', { ids: ['q1', 'q1', 'q2', 'q3', 'q4'] }],
    ['a question id that is not an id', { ids: ['q1', 'Q 2', 'q3', 'q4', 'q5'] }],
  ])('%s is dropped and reported', (_name, change) => {
    const result = read({ ...good, seed: 2, ...change });
    expect(result.status).toBe('recovered');
    expect(result.value.tests['exam']?.attempts).toEqual([good]);
  });
});
