// The fault battery's exhaustive part (issue 17): every stored format × every kind of fault, in
// pure code. The browser part (tests/e2e/fault-battery.spec.ts) checks one page per key and kind.
import { afterEach, describe, expect, test } from 'vitest';
import { decodeVersioned, type VersionedFormat } from '../../../../src/lib/storage/versioned';
import { readingFormat } from '../../../../src/lib/progress/reading';
import { attemptsFormat } from '../../../../src/lib/quiz/attempts';
import { mistakesFormat } from '../../../../src/lib/quiz/mistakes';
import { runsFormat } from '../../../../src/lib/scenario/runs';
import { reviewFormat } from '../../../../src/lib/review/cards';
import { rosterFormat } from '../../../../src/lib/workshop/roster';
import { sessionFormat } from '../../../../src/lib/workshop/session';
import { liveFormat } from '../../../../src/lib/workshop/live';

const AT = '2026-11-27T08:00:00.000Z';
const LATER = '2026-11-27T08:10:00.000Z';
const FUTURE = '2099-01-01T00:00:00.000Z';
const HUGE = 1e308;

const attempt = {
  seed: 1,
  at: AT,
  ids: ['q1', 'q2'],
  answers: { q1: ['a'] },
  right: ['q1'],
  total: 2,
  percent: 50,
};
const card = {
  due: AT,
  stability: 2.3,
  difficulty: 5.1,
  elapsedDays: 0,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last: AT,
};
const run = {
  v: 1,
  scenario: 'first-meeting',
  seed: 7,
  case: null,
  steps: [{ node: 'start', choice: 'ask' }],
  startedAt: AT,
  finishedAt: LATER,
};

interface Case {
  key: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  format: VersionedFormat<any>;
  /** A payload with one good record and the given bad records. */
  payload: (bad: Record<string, unknown>) => Record<string, unknown>;
  /** Bad records by kind of fault (each one must be left out and counted). */
  bad: Record<string, unknown>;
  /** A record dated in the future: kept (read as now where a rule depends on it). */
  future: Record<string, unknown>;
}

/** A record map with `good` under its id and the bad ones under theirs, `__proto__` included as data. */
const recordMap = (good: Record<string, unknown>, bad: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ ...good, ...bad }).replace('"proto-key"', '"__proto__"')) as Record<
    string,
    unknown
  >;

const CASES: Case[] = [
  {
    key: 'tmc:reading',
    format: readingFormat,
    payload: (bad) => ({ v: 1, read: recordMap({ contract: AT }, bad) }),
    bad: {
      'wrong-type': 5,
      'impossible-date': '2026-02-30T08:00:00.000Z',
      'impossible-time': '2026-11-27T25:61:00.000Z',
      'bare-number': '2026',
      'huge-value': 'x'.repeat(100_000),
      'proto-key': AT,
      constructor: { polluted: true },
    },
    future: { later: FUTURE },
  },
  {
    key: 'tmc:quiz-attempts',
    format: attemptsFormat,
    payload: (bad) => ({
      v: 1,
      tests: { exam: { seed: 1, attempts: [attempt, ...Object.values(bad)] } },
    }),
    bad: {
      'wrong-type': 'attempt',
      'negative-total': { ...attempt, total: -5, percent: -20 },
      'right-not-asked': { ...attempt, right: ['q9'], percent: 50 },
      'percent-not-score': { ...attempt, percent: 100 },
      'repeated-question': { ...attempt, ids: ['q1', 'q1'] },
      'impossible-date': { ...attempt, at: '9999-99-99T00:00:00.000Z' },
      'huge-value': { ...attempt, seed: HUGE },
    },
    future: {},
  },
  {
    key: 'tmc:mistakes',
    format: mistakesFormat,
    payload: (bad) => ({
      v: 1,
      entries: recordMap(
        { q1: { lesson: 'contract', missed: '2026-11-27', misses: 1, fixes: [] } },
        bad,
      ),
    }),
    bad: {
      'wrong-type': [],
      'impossible-date': { lesson: 'contract', missed: '9999-99-99', misses: 1, fixes: [] },
      'zero-misses': { lesson: 'contract', missed: '2026-11-27', misses: 0, fixes: [] },
      'huge-value': { lesson: 'contract', missed: '2026-11-27', misses: HUGE + 0.5, fixes: [] },
      'bad-fix': { lesson: 'contract', missed: '2026-11-27', misses: 1, fixes: ['2026-13-01'] },
      'proto-key': { lesson: 'contract', missed: '2026-11-27', misses: 1, fixes: [] },
    },
    future: {},
  },
  {
    key: 'tmc:scenario-runs',
    format: runsFormat,
    payload: (bad) => ({ v: 1, active: {}, history: [run, ...Object.values(bad)] }),
    bad: {
      'wrong-type': 'run',
      'impossible-date': { ...run, startedAt: '2026-02-30T00:00:00.000Z' },
      'finished-before-start': { ...run, finishedAt: '2026-11-26T08:00:00.000Z' },
      'huge-seed': { ...run, seed: HUGE },
      'huge-steps': { ...run, steps: Array.from({ length: 5000 }, () => run.steps[0]) },
      'bad-id': { ...run, scenario: '{{admin}}' },
    },
    future: {},
  },
  {
    key: 'tmc:review',
    format: reviewFormat,
    payload: (bad) => ({ v: 1, cards: recordMap({ 'q:q1': card }, bad) }),
    bad: {
      'q:wrong-type': 'card',
      'q:impossible-date': { ...card, due: '2026-02-30T00:00:00.000Z' },
      'q:difficulty-out-of-range': { ...card, difficulty: 11 },
      'q:huge-stability': { ...card, stability: HUGE },
      'q:fractional-reps': { ...card, reps: 1.5 },
      'q:more-lapses-than-reps': { ...card, lapses: 4 },
      'q:unknown-state': { ...card, state: 7 },
      'proto-key': card,
      constructor: card,
    },
    future: { 'q:later': { ...card, due: FUTURE, last: FUTURE } },
  },
  {
    key: 'tmc:workshop-roster',
    format: rosterFormat,
    payload: (bad) => ({ v: 1, item: 'exam', codes: ['0A1B2C3D4E', ...Object.values(bad)] }),
    bad: {
      'wrong-type': 42,
      'not-a-code': 'hello world',
      'huge-value': 'A'.repeat(100_000),
      duplicate: '0A1B2C3D4E',
    },
    future: {},
  },
];

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe.each(CASES)('$key', ({ format, payload, bad, future }) => {
  test('leaves out every impossible record, counts each, and keeps the good one', () => {
    const decoded = decodeVersioned(JSON.stringify(payload(bad)), format);
    expect(decoded.status).toBe('recovered');
    expect(decoded.dropped).toBe(Object.keys(bad).length);
    // What was kept is itself valid: stored again, it reads back as it is.
    expect(decodeVersioned(JSON.stringify(decoded.value), format)).toEqual({
      value: decoded.value,
      status: 'ok',
    });
    expect(Object.getPrototypeOf(decoded.value)).toBe(Object.prototype);
  });

  test.each(Object.entries(bad))('counts %s as left out on its own', (name, record) => {
    const decoded = decodeVersioned(JSON.stringify(payload({ [name]: record })), format);
    expect(decoded.status).toBe('recovered');
    expect(decoded.dropped).toBe(1);
  });

  test('keeps a record dated in the future (it reads as now)', () => {
    expect(decodeVersioned(JSON.stringify(payload(future)), format).status).toBe('ok');
  });
});

const WHOLE_FAULTS: [string, string][] = [
  ['garbage', '{oops'],
  ['JSON null', 'null'],
  ['an array', '[1,2]'],
  ['a number', '42'],
  ['a string', '"tmc"'],
  ['a version that is a string', '{"v":"1"}'],
  ['a huge version', '{"v":1e308}'],
  ['a version past 2^53', '{"v":9007199254740993}'],
  ['the right version and nothing else', '{"v":1}'],
  [
    'prototype-pollution keys',
    '{"v":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  ],
  ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ['a huge value', `{"v":1,"x":"${'9'.repeat(2_000_000)}"}`],
];

describe.each([
  ...CASES.map((c) => [c.key, c.format] as const),
  ['tmc:workshop-session', sessionFormat] as const,
  ['tmc:workshop-live', liveFormat] as const,
])('%s, unreadable as a whole', (_key, format) => {
  test.each(WHOLE_FAULTS)('falls back to a fresh value from %s without throwing', (_name, raw) => {
    const decoded = decodeVersioned(raw, format as VersionedFormat<unknown>);
    expect(decoded.status).toBe('recovered');
    expect(decoded.value).toEqual((format as VersionedFormat<unknown>).initial());
    expect(decoded.dropped).toBeUndefined();
  });
});
