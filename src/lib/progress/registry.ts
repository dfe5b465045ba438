/**
 * Every store that holds the learner's progress, in one list: its storage key, its versioned
 * format, how to merge two copies (keeping the best of both) and what to count in the "what will
 * change" summary. Export, import and reset go through this list only, so a new store is covered
 * by adding one entry here.
 */
import type { VersionedFormat } from '../storage/versioned';
import { readingFormat, type ReadingProgress } from './reading';
import { attemptsFormat, KEEP_ATTEMPTS, type Attempt, type QuizAttempts } from '../quiz/attempts';
import { mistakesFormat, type MistakeEntry, type MistakesBook } from '../quiz/mistakes';
import { HISTORY_LIMIT, runsFormat, type ScenarioRuns } from '../scenario/runs';
import type { Run } from '../scenario/engine';
import { reviewFormat, type ReviewState, type StoredCard } from '../review/cards';

/** What the summary counts in one store. */
export type CountKind = 'lessons' | 'attempts' | 'mistakes' | 'runs' | 'cards';

export interface StoreSpec<T> {
  key: string;
  format: VersionedFormat<T>;
  /** Both copies combined, keeping the best of each; `merge(a, a)` equals `a`. */
  merge: (a: T, b: T) => T;
  count: (value: T) => number;
  countKind: CountKind;
  /** The newest time recorded in the value (ISO), to say which copy is newer. */
  latest: (value: T) => string | undefined;
}

const maxTime = (times: readonly (string | undefined)[]): string | undefined =>
  times.reduce<string | undefined>(
    (a, b) => (b !== undefined && (a === undefined || b > a) ? b : a),
    undefined,
  );

function mergeRecords<V>(
  a: Record<string, V>,
  b: Record<string, V>,
  pick: (x: V, y: V) => V,
): Record<string, V> {
  const out: Record<string, V> = { ...a };
  for (const [id, value] of Object.entries(b))
    out[id] = out[id] === undefined ? value : pick(out[id] as V, value);
  return out;
}

/** Union of two lists by key; items sorted by `order` and cut to the newest `limit`. */
function union<V>(
  a: readonly V[],
  b: readonly V[],
  key: (v: V) => string,
  order: (v: V) => string,
  limit: number,
): V[] {
  const seen = new Map<string, V>();
  for (const item of [...a, ...b]) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()]
    .sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0))
    .slice(-limit);
}

export const readingSpec: StoreSpec<ReadingProgress> = {
  key: 'tmc:reading',
  format: readingFormat,
  // A lesson read on either side is read; the first time it was marked wins.
  merge: (a, b) => ({ v: 1, read: mergeRecords(a.read, b.read, (x, y) => (x <= y ? x : y)) }),
  count: (v) => Object.keys(v.read).length,
  countKind: 'lessons',
  latest: (v) => maxTime(Object.values(v.read)),
};

const attemptKey = (a: Attempt) => `${a.at}|${a.seed}`;

export const attemptsSpec: StoreSpec<QuizAttempts> = {
  key: 'tmc:quiz-attempts',
  format: attemptsFormat,
  // Attempts are history: keep every attempt of both sides (the newest KEEP_ATTEMPTS per test);
  // the current draw is this side's, else the other's.
  merge: (a, b) => ({
    v: 1,
    tests: mergeRecords(a.tests, b.tests, (x, y) => {
      const attempts = union(x.attempts, y.attempts, attemptKey, (t) => t.at, KEEP_ATTEMPTS);
      const seed = x.seed ?? y.seed;
      return seed === undefined ? { attempts } : { seed, attempts };
    }),
  }),
  count: (v) => Object.values(v.tests).reduce((n, t) => n + t.attempts.length, 0),
  countKind: 'attempts',
  latest: (v) => maxTime(Object.values(v.tests).flatMap((t) => t.attempts.map((a) => a.at))),
};

function newerMistake(x: MistakeEntry, y: MistakeEntry): MistakeEntry {
  if (x.missed !== y.missed) return x.missed > y.missed ? x : y;
  const fixes = [...new Set([...x.fixes, ...y.fixes])].sort();
  return { lesson: x.lesson, missed: x.missed, misses: Math.max(x.misses, y.misses), fixes };
}

export const mistakesSpec: StoreSpec<MistakesBook> = {
  key: 'tmc:mistakes',
  format: mistakesFormat,
  // A question missed on either side stays in the book (better one review too many than a gap);
  // where both have it, the later miss counts, with the fixes made since.
  merge: (a, b) => ({ v: 1, entries: mergeRecords(a.entries, b.entries, newerMistake) }),
  count: (v) => Object.keys(v.entries).length,
  countKind: 'mistakes',
  latest: (v) => maxTime(Object.values(v.entries).map((e) => e.missed)),
};

const runKey = (r: Run) => `${r.scenario}|${r.startedAt}|${r.seed}`;

export const runsSpec: StoreSpec<ScenarioRuns> = {
  key: 'tmc:scenario-runs',
  format: runsFormat,
  // Finished runs are history (union); of two current runs of a scenario the later-started wins.
  merge: (a, b) => ({
    v: 1,
    active: mergeRecords(a.active, b.active, (x, y) => (y.startedAt > x.startedAt ? y : x)),
    history: union(a.history, b.history, runKey, (r) => r.finishedAt ?? r.startedAt, HISTORY_LIMIT),
  }),
  count: (v) => v.history.length,
  countKind: 'runs',
  latest: (v) =>
    maxTime([
      ...v.history.map((r) => r.finishedAt),
      ...Object.values(v.active).map((r) => r.startedAt),
    ]),
};

const moreReviewed = (x: StoredCard, y: StoredCard): StoredCard =>
  (y.last ?? '') > (x.last ?? '') || ((y.last ?? '') === (x.last ?? '') && y.reps > x.reps) ? y : x;

export const reviewSpec: StoreSpec<ReviewState> = {
  key: 'tmc:review',
  format: reviewFormat,
  // Of two schedules for a card, the one reviewed last is the learner's real memory state.
  merge: (a, b) => ({ v: 1, cards: mergeRecords(a.cards, b.cards, moreReviewed) }),
  count: (v) => Object.keys(v.cards).length,
  countKind: 'cards',
  latest: (v) => maxTime(Object.values(v.cards).map((c) => c.last)),
};

/** All progress stores, in the order the summary lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STORES: readonly StoreSpec<any>[] = [
  readingSpec,
  attemptsSpec,
  mistakesSpec,
  runsSpec,
  reviewSpec,
];

/** Stored values by key. */
export type ProgressValues = Record<string, unknown>;
