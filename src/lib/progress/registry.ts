/**
 * Every store that holds the learner's progress, in one list: its storage key, its versioned
 * format, how to merge two copies (keeping the best of both) and what to count in the "what will
 * change" summary. Export, import and reset go through this list only, so a new store is covered
 * by adding one entry here.
 */
import type { VersionedFormat } from '../storage/versioned';
import { STORE_KEYS } from '../storage/keys';
import { readingFormat, type ReadingProgress } from './reading';
import { attemptsFormat, KEEP_ATTEMPTS, type Attempt, type QuizAttempts } from '../quiz/attempts';
import { mistakesFormat, type MistakeEntry, type MistakesBook } from '../quiz/mistakes';
import { HISTORY_LIMIT, runsFormat, type ScenarioRuns } from '../scenario/runs';
import type { Run } from '../scenario/engine';
import { reviewFormat, type ReviewState, type StoredCard } from '../review/cards';
import { dayNotAfter, isoNotAfter } from '../time/clock';
import { localDay } from '../quiz/mistakes';

/** What the summary counts in one store. */
export type CountKind = 'lessons' | 'attempts' | 'mistakes' | 'runs' | 'cards';

/** A merge's result and how many of the file's records it could not keep (the stores' caps). */
export interface Merged<T> {
  value: T;
  left: number;
}

/** The stores whose data is the learner's progress (exported, imported and reset together). */
export type ProgressStoreName = 'reading' | 'attempts' | 'mistakes' | 'runs' | 'review';

export interface StoreSpec<T> {
  /** The store's name in `STORE_KEYS`; the store module binds its atom to the same name. */
  name: ProgressStoreName;
  key: string;
  format: VersionedFormat<T>;
  /**
   * This device's copy `a` combined with a file's `b` at `now`: every record of `a` is kept; `b`'s
   * records fill what room the store's cap leaves, newest first (dates after `now` read as `now`).
   * `merge(a, a, now).value` equals `a`.
   */
  merge: (a: T, b: T, now: Date) => Merged<T>;
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

/**
 * Every item of `mine`, then the newest items of `theirs` not already there while the total stays
 * within `limit`; sorted by time (`time`, read no later than `now`). Counts the items of `theirs`
 * that did not fit.
 */
function keepMine<V>(
  mine: readonly V[],
  theirs: readonly V[],
  key: (v: V) => string,
  time: (v: V) => string,
  limit: number,
  now: Date,
): { items: V[]; left: number } {
  const byTime = (list: readonly V[]) =>
    list
      .map((item, i) => ({ item, i, at: isoNotAfter(time(item), now) }))
      .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.i - y.i));
  const seen = new Set(mine.map(key));
  const fresh: V[] = [];
  for (const item of theirs) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    fresh.push(item);
  }
  const room = Math.max(0, limit - mine.length);
  const taken = room === 0 ? [] : byTime(fresh).slice(-room);
  const items = byTime([...mine, ...taken.map((x) => x.item)]).map((x) => x.item);
  return { items, left: fresh.length - taken.length };
}

export const readingSpec: StoreSpec<ReadingProgress> = {
  name: 'reading',
  key: STORE_KEYS.reading,
  format: readingFormat,
  // A lesson read on either side is read; the first time it was marked wins.
  merge: (a, b) => ({
    value: { v: 1, read: mergeRecords(a.read, b.read, (x, y) => (x <= y ? x : y)) },
    left: 0,
  }),
  count: (v) => Object.keys(v.read).length,
  countKind: 'lessons',
  latest: (v) => maxTime(Object.values(v.read)),
};

const attemptKey = (a: Attempt) => `${a.at}|${a.seed}`;

export const attemptsSpec: StoreSpec<QuizAttempts> = {
  name: 'attempts',
  key: STORE_KEYS.attempts,
  format: attemptsFormat,
  // Attempts are history: every attempt here is kept, the file's fill the room up to KEEP_ATTEMPTS
  // per test; the current draw is this side's, else the other's.
  merge: (a, b, now) => {
    let left = 0;
    const tests = mergeRecords(a.tests, b.tests, (x, y) => {
      const kept = keepMine(x.attempts, y.attempts, attemptKey, (t) => t.at, KEEP_ATTEMPTS, now);
      left += kept.left;
      const seed = x.seed ?? y.seed;
      return seed === undefined ? { attempts: kept.items } : { seed, attempts: kept.items };
    });
    return { value: { v: 1, tests }, left };
  },
  count: (v) => Object.values(v.tests).reduce((n, t) => n + t.attempts.length, 0),
  countKind: 'attempts',
  latest: (v) => maxTime(Object.values(v.tests).flatMap((t) => t.attempts.map((a) => a.at))),
};

function newerMistake(x: MistakeEntry, y: MistakeEntry, today: string): MistakeEntry {
  const xMissed = dayNotAfter(x.missed, today);
  const yMissed = dayNotAfter(y.missed, today);
  if (xMissed !== yMissed) return xMissed > yMissed ? x : y;
  const fixes = [...new Set([...x.fixes, ...y.fixes])].sort();
  return { lesson: x.lesson, missed: x.missed, misses: Math.max(x.misses, y.misses), fixes };
}

export const mistakesSpec: StoreSpec<MistakesBook> = {
  name: 'mistakes',
  key: STORE_KEYS.mistakes,
  format: mistakesFormat,
  // A question missed on either side stays in the book (better one review too many than a gap);
  // where both have it, the later miss counts, with the fixes made since.
  merge: (a, b, now) => ({
    value: {
      v: 1,
      entries: mergeRecords(a.entries, b.entries, (x, y) => newerMistake(x, y, localDay(now))),
    },
    left: 0,
  }),
  count: (v) => Object.keys(v.entries).length,
  countKind: 'mistakes',
  latest: (v) => maxTime(Object.values(v.entries).map((e) => e.missed)),
};

const runKey = (r: Run) => `${r.scenario}|${r.startedAt}|${r.seed}`;

export const runsSpec: StoreSpec<ScenarioRuns> = {
  name: 'runs',
  key: STORE_KEYS.runs,
  format: runsFormat,
  // Finished runs are history: every run here is kept, the file's fill the room up to
  // HISTORY_LIMIT. A run in progress here stays; the file's only where none is in progress here.
  merge: (a, b, now) => {
    const history = keepMine(
      a.history,
      b.history,
      runKey,
      (r) => r.finishedAt ?? r.startedAt,
      HISTORY_LIMIT,
      now,
    );
    return {
      value: { v: 1, active: { ...b.active, ...a.active }, history: history.items },
      left: history.left,
    };
  },
  count: (v) => v.history.length,
  countKind: 'runs',
  latest: (v) =>
    maxTime([
      ...v.history.map((r) => r.finishedAt),
      ...Object.values(v.active).map((r) => r.startedAt),
    ]),
};

function moreReviewed(x: StoredCard, y: StoredCard, now: Date): StoredCard {
  const xLast = x.last === undefined ? '' : isoNotAfter(x.last, now);
  const yLast = y.last === undefined ? '' : isoNotAfter(y.last, now);
  return yLast > xLast || (yLast === xLast && y.reps > x.reps) ? y : x;
}

export const reviewSpec: StoreSpec<ReviewState> = {
  name: 'review',
  key: STORE_KEYS.review,
  format: reviewFormat,
  // Of two schedules for a card, the one reviewed last is the learner's real memory state.
  merge: (a, b, now) => ({
    value: { v: 1, cards: mergeRecords(a.cards, b.cards, (x, y) => moreReviewed(x, y, now)) },
    left: 0,
  }),
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
