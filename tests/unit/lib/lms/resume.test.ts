import { describe, expect, test } from 'vitest';
import {
  decodeResume,
  emptyMarks,
  encodeResume,
  mergeResume,
  resumeSnapshot,
  MAX_RUN_STEPS,
  SUSPEND_LIMIT,
  type ResumeState,
} from '../../../../src/lib/lms/resume';
import { testIds, type LmsCourse, type LmsQuestion } from '../../../../src/lib/lms/course';
import type { Attempt } from '../../../../src/lib/quiz/attempts';
import type { Run } from '../../../../src/lib/scenario/engine';
import { loadLmsCourse } from '../../../../src/lms/course-data';
import { course } from './fixtures';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute)).toISOString();

const attempt: Attempt = {
  seed: 4242,
  at: at(5),
  ids: ['q-match', 'q-single', 'q-order', 'q-tf', 'q-multi'],
  answers: {
    'q-match': ['c2', ''],
    'q-single': ['right'],
    'q-order': ['second', 'first', 'third'],
    'q-tf': ['true'],
    'q-multi': ['x', 'z'],
  },
  right: ['q-single', 'q-multi'],
  total: 5,
  percent: 40,
};
const run: Run = {
  v: 1,
  scenario: 'deal',
  seed: 99,
  case: 'small',
  steps: [
    { node: 'start', choice: null },
    { node: 'ask', choice: 'pitch' },
  ],
  startedAt: at(7),
};
const state: ResumeState = {
  reading: { v: 1, read: { one: at(1), two: at(3) } },
  attempts: { v: 1, tests: { two: { seed: 5, attempts: [attempt] } } },
  runs: { v: 1, active: { deal: run }, history: [{ ...run, startedAt: at(2), finishedAt: at(4) }] },
  marks: {
    tests: { two: attempt.at },
    runs: { deal: { startedAt: run.startedAt, steps: 2 } },
    count: 7,
  },
};

describe('suspend data', () => {
  test('round-trips reads, the best attempt, runs and sync marks', () => {
    const text = encodeResume(course, state);
    expect(decodeResume(course, text)).toEqual(state);
  });

  test('keeps the best attempt of each test (the later one on a tie) and the last finished run', () => {
    const worse = { ...attempt, at: at(9), percent: 20 };
    const tie = { ...attempt, at: at(10) };
    const snap = resumeSnapshot(
      state.reading,
      { v: 1, tests: { two: { seed: 5, attempts: [attempt, worse, tie] } } },
      {
        v: 1,
        active: {},
        history: [
          { ...run, startedAt: at(1) },
          { ...run, startedAt: at(2) },
        ],
      },
      emptyMarks(),
    );
    expect(snap.attempts.tests['two']!.attempts).toEqual([tie]);
    expect(snap.runs.history.map((r) => r.startedAt)).toEqual([at(2)]);
  });

  test('a finished run that is still the active one comes back in the history too', () => {
    const done: Run = { ...run, finishedAt: at(8) };
    const snap = resumeSnapshot(
      state.reading,
      state.attempts,
      { v: 1, active: { deal: done }, history: [done] },
      emptyMarks(),
    );
    const decoded = decodeResume(course, encodeResume(course, snap))!;
    expect(decoded.runs.active['deal']).toEqual(done);
    expect(decoded.runs.history).toEqual([done]);
  });

  test('data written for other content keeps only the lesson reads', () => {
    const text = encodeResume(course, state);
    const other: LmsCourse = { ...course, fingerprint: 'changed' };
    const decoded = decodeResume(other, text)!;
    expect(decoded.reading).toEqual(state.reading);
    expect(decoded.attempts.tests).toEqual({});
    expect(decoded.runs.active).toEqual({});
  });

  test('empty or foreign suspend data is ignored', () => {
    expect(decodeResume(course, '')).toBeUndefined();
    expect(decodeResume(course, 'viewed=1,2,3')).toBeUndefined();
    expect(decodeResume(course, '[2,"x"]')).toBeUndefined();
  });

  test('drops finished runs first, then active runs, when the data would exceed the limit', () => {
    const full = encodeResume(course, state);
    const small = encodeResume(course, state, full.length - 1);
    expect(small.length).toBeLessThan(full.length);
    const decoded = decodeResume(course, small)!;
    expect(decoded.runs.history).toEqual([]);
    expect(decoded.runs.active['deal']).toEqual(run);
  });
});

describe('merging the LMS copy into the browser copy', () => {
  test('unions reads (earlier time wins), attempts by time and runs; the later-started run stays active', () => {
    const lms = decodeResume(course, encodeResume(course, state))!;
    const newer: Run = { ...run, startedAt: at(20), steps: [] };
    const local = {
      reading: { v: 1 as const, read: { one: at(0) } },
      attempts: { v: 1 as const, tests: { two: { attempts: [{ ...attempt, at: at(30) }] } } },
      runs: { v: 1 as const, active: { deal: newer }, history: [] },
    };
    const merged = mergeResume(local, lms);
    expect(merged.reading.read).toEqual({ one: at(0), two: at(3) });
    expect(merged.attempts.tests['two']!.attempts.map((a) => a.at)).toEqual([at(5), at(30)]);
    expect(merged.attempts.tests['two']!.seed).toBe(5);
    expect(merged.runs.active['deal']).toBe(newer);
    expect(merged.runs.history).toHaveLength(1);
  });
});

/** The longest answer encodings a question can have (every option chosen, every step filled). */
function longestAnswer(q: LmsQuestion): string[] {
  if (q.options !== undefined) return q.options.map((o) => o.id);
  if (q.items !== undefined) return q.items;
  if (q.pairs !== undefined) return q.pairs.map((p) => p.match);
  return ['false'];
}

test('the largest possible learner state of the real course fits SCORM 1.2 suspend_data', () => {
  const real = loadLmsCourse();
  const late = '2099-12-31T23:59:59.000Z';
  const size = (q: LmsQuestion) => longestAnswer(q).length;
  const worstAttempt = (pool: LmsQuestion[], n: number): Attempt => {
    const picked = [...pool].sort((a, b) => size(b) - size(a)).slice(0, n);
    return {
      seed: 0xffffffff,
      at: late,
      ids: picked.map((q) => q.id),
      answers: Object.fromEntries(picked.map((q) => [q.id, longestAnswer(q)])),
      right: picked.map((q) => q.id),
      total: picked.length,
      percent: 100,
    };
  };
  const tests: Record<string, { seed: number; attempts: Attempt[] }> = {};
  for (const id of testIds(real)) {
    const pool = id === 'exam' ? real.questions : real.questions.filter((q) => q.lesson === id);
    tests[id] = { seed: 0xffffffff, attempts: [worstAttempt(pool, id === 'exam' ? 20 : 8)] };
  }
  const longRun = (sc: LmsCourse['scenarios'][number], finished: boolean): Run => {
    const decision = Object.keys(sc.decisions)[0]!;
    return {
      v: 1,
      scenario: sc.id,
      seed: 0xffffffff,
      case: sc.cases.at(-1) ?? null,
      steps: Array.from({ length: MAX_RUN_STEPS }, () => ({
        node: decision,
        choice: sc.decisions[decision]!.at(-1)!,
      })),
      startedAt: finished ? '2099-01-01T00:00:00.000Z' : late,
      ...(finished ? { finishedAt: late } : {}),
    };
  };
  const worst: ResumeState = {
    reading: { v: 1, read: Object.fromEntries(real.lessons.map((l) => [l.id, late])) },
    attempts: { v: 1, tests },
    runs: {
      v: 1,
      active: Object.fromEntries(real.scenarios.map((sc) => [sc.id, longRun(sc, false)])),
      history: real.scenarios.map((sc) => longRun(sc, true)),
    },
    marks: {
      tests: Object.fromEntries(testIds(real).map((id) => [id, late])),
      runs: Object.fromEntries(
        real.scenarios.map((sc) => [sc.id, { startedAt: late, steps: MAX_RUN_STEPS }]),
      ),
      count: 999_999,
    },
  };
  const text = encodeResume(real, worst, Infinity);
  console.info(`worst-case suspend_data: ${text.length} characters (limit ${SUSPEND_LIMIT})`);
  expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
  expect(decodeResume(real, text)).toEqual(worst);
}, 60_000);
