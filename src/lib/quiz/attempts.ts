/**
 * Test attempts: the current draw of each test and the history of submitted attempts.
 *
 * Stored JSON (key `tmc:quiz-attempts`):
 *   { "v": 1, "tests": { "<testId>": {
 *       "seed": 123,                       // the current draw; a retry sets a new one
 *       "attempts": [ { "seed": 123, "at": "<ISO time>", "ids": ["q1", …],
 *                       "answers": { "q1": ["a"] }, "right": ["q1"], "total": 8, "percent": 13 } ] } } }
 * `testId` is a lesson id or `exam`. Attempts keep question ids, never positions: a question
 * removed from the bank is skipped when shown, and the rest of the history stays.
 * Version history:
 *   v1 (2026-11) — first version.
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import type { Answer } from './grade';
import { isId, isRecord } from '../util/guards';
import { isIsoTime } from '../time/clock';

export interface Attempt {
  seed: number;
  at: string;
  ids: string[];
  answers: Record<string, string[]>;
  right: string[];
  total: number;
  percent: number;
}

export interface TestRecord {
  seed?: number;
  attempts: Attempt[];
}

export interface QuizAttempts {
  v: 1;
  tests: Record<string, TestRecord>;
}

/** How many attempts per test are kept (the oldest go first). */
export const KEEP_ATTEMPTS = 20;

const isIds = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');
const isSeed = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0xffffffff;

function parseAttempt(raw: unknown): Attempt | undefined {
  if (!isRecord(raw)) return undefined;
  const { seed, at, ids, answers, right, total, percent } = raw;
  if (!isSeed(seed) || !isIsoTime(at)) return undefined;
  if (!isIds(ids) || !isIds(right) || !isRecord(answers) || !Object.values(answers).every(isIds))
    return undefined;
  // Values, not only shapes: every count must be one the quiz could have produced.
  const asked = new Set(ids);
  if (
    ids.length === 0 ||
    asked.size !== ids.length ||
    !ids.every((id) => isId(id)) ||
    total !== ids.length ||
    new Set(right).size !== right.length ||
    !right.every((id) => asked.has(id)) ||
    percent !== Math.round((right.length / ids.length) * 100)
  )
    return undefined;
  return { seed, at, ids, answers: answers as Record<string, string[]>, right, total, percent };
}

function parseAttempts(payload: Record<string, unknown>): Parsed<QuizAttempts> | undefined {
  const tests = payload['tests'];
  if (!isRecord(tests)) return undefined;
  const kept: Record<string, TestRecord> = {};
  let dropped = 0;
  for (const [id, raw] of Object.entries(tests)) {
    if (!isId(id) || !isRecord(raw) || !Array.isArray(raw['attempts'])) {
      dropped += 1;
      continue;
    }
    const attempts = raw['attempts'].map(parseAttempt);
    const good = attempts.filter((a): a is Attempt => a !== undefined);
    dropped += attempts.length - good.length;
    const seed = raw['seed'];
    if (seed !== undefined && !isSeed(seed)) dropped += 1;
    kept[id] = isSeed(seed) ? { seed, attempts: good } : { attempts: good };
  }
  return { value: { v: 1, tests: kept }, dropped };
}

export const attemptsFormat: VersionedFormat<QuizAttempts> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseAttempts,
  initial: () => ({ v: 1, tests: {} }),
};

/** Starts a new draw of a test (first visit or retry). */
export function startDraw(state: QuizAttempts, testId: string, seed: number): QuizAttempts {
  const record = state.tests[testId] ?? { attempts: [] };
  return { ...state, tests: { ...state.tests, [testId]: { ...record, seed } } };
}

export interface Submission {
  seed: number;
  at: string;
  ids: readonly string[];
  answers: Readonly<Record<string, Answer>>;
  right: readonly string[];
  percent: number;
}

/** Adds a submitted attempt; keeps the newest `KEEP_ATTEMPTS`. */
export function recordAttempt(state: QuizAttempts, testId: string, s: Submission): QuizAttempts {
  const record = state.tests[testId] ?? { attempts: [] };
  const answers: Record<string, string[]> = {};
  for (const id of s.ids) answers[id] = [...(s.answers[id] ?? [])];
  const attempt: Attempt = {
    seed: s.seed,
    at: s.at,
    ids: [...s.ids],
    answers,
    right: [...s.right],
    total: s.ids.length,
    percent: s.percent,
  };
  const attempts = [...record.attempts, attempt].slice(-KEEP_ATTEMPTS);
  return { ...state, tests: { ...state.tests, [testId]: { ...record, attempts } } };
}

/** The submitted attempt of the current draw, if the learner has not started a new one since. */
export function currentResult(state: QuizAttempts, testId: string): Attempt | undefined {
  const record = state.tests[testId];
  const last = record?.attempts.at(-1);
  return last !== undefined && last.seed === record?.seed ? last : undefined;
}

/** The best percent reached in a test, or `undefined` before the first attempt. */
export function bestPercent(state: QuizAttempts, testId: string): number | undefined {
  const attempts = state.tests[testId]?.attempts ?? [];
  return attempts.length === 0 ? undefined : Math.max(...attempts.map((a) => a.percent));
}
