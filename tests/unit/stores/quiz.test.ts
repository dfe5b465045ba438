import { cleanStores } from 'nanostores';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  $quizAttempts,
  ATTEMPTS_KEY,
  ensureDraw,
  newDraw,
  submitAttempt,
  submitTest,
} from '../../../src/stores/quiz-attempts';
import { $mistakes, MISTAKES_KEY, recordResults, retryMistake } from '../../../src/stores/mistakes';
import { $storageNotices } from '../../../src/stores/storage';
import { multiple, single, truefalse } from '../../fixtures/quiz';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores($quizAttempts, $mistakes);
  cleanTestStorage();
  $storageNotices.set([]);
});

const now = new Date(2026, 10, 27, 10, 0);

describe('quiz attempts store', () => {
  test('starts empty and keeps the first draw of a test', () => {
    const stop = $quizAttempts.listen(() => undefined);
    expect($quizAttempts.get()).toEqual({ v: 1, tests: {} });
    expect(ensureDraw('contract', 5)).toBe(5);
    expect(ensureDraw('contract', 9)).toBe(5);
    newDraw('contract', 5);
    expect($quizAttempts.get().tests['contract']?.seed).toBe(6);
    stop();
  });
  test('a submitted test is saved as versioned JSON and wrong answers go to the mistakes book', () => {
    const stop = [$quizAttempts.listen(() => undefined), $mistakes.listen(() => undefined)];
    ensureDraw('l1', 3);
    submitAttempt('l1', 3, [single, truefalse], { s1: ['a'], t1: ['true'] }, now);
    const stored = JSON.parse(getTestStorage()[ATTEMPTS_KEY] ?? '{}');
    expect(stored).toMatchObject({
      v: 1,
      tests: { l1: { seed: 3, attempts: [{ seed: 3, right: ['s1'], total: 2, percent: 50 }] } },
    });
    expect(JSON.parse(getTestStorage()[MISTAKES_KEY] ?? '{}')).toEqual({
      v: 1,
      entries: { t1: { lesson: 'l1', missed: '2026-11-27', misses: 1, fixes: [] } },
    });
    stop.forEach((s) => s());
  });
  test('corrupt stored attempts fall back to empty and raise a notice', () => {
    setTestStorageKey(ATTEMPTS_KEY, '{broken');
    const stop = $quizAttempts.listen(() => undefined);
    expect($quizAttempts.get()).toEqual({ v: 1, tests: {} });
    // The test engine has no place for a backup, so the notice must not claim one was saved.
    expect($storageNotices.get()).toEqual([{ kind: 'unsaved', key: ATTEMPTS_KEY, dropped: 0 }]);
    stop();
  });
  test('picks up a change made in another tab', () => {
    const stop = $quizAttempts.listen(() => undefined);
    const other = { v: 1, tests: { exam: { seed: 42, attempts: [] } } };
    setTestStorageKey(ATTEMPTS_KEY, JSON.stringify(other));
    expect($quizAttempts.get()).toEqual(other);
    stop();
  });
});

describe('mistakes store', () => {
  test('records results on the local date of the clock it is given', () => {
    const stop = $mistakes.listen(() => undefined);
    recordResults([{ questionId: 's1', lesson: 'l1', correct: false }], now);
    recordResults([{ questionId: 's1', lesson: 'l1', correct: true }], new Date(2026, 10, 28, 9));
    recordResults([{ questionId: 's1', lesson: 'l1', correct: true }], new Date(2026, 10, 30, 9));
    expect($mistakes.get().entries).toEqual({});
    stop();
  });
});

describe('submitting a test', () => {
  test('with a question unanswered, saves nothing and returns what is missing', () => {
    const stop = [$quizAttempts.listen(() => undefined), $mistakes.listen(() => undefined)];
    ensureDraw('l1', 3);
    const open = submitTest('l1', 3, [single, multiple, truefalse], { s1: ['b'] }, now);
    expect(open.map((q) => q.id)).toEqual(['m1', 't1']);
    expect($quizAttempts.get().tests['l1']?.attempts).toEqual([]);
    expect($mistakes.get().entries).toEqual({});
    stop.forEach((s) => s());
  });
  test('with every question answered, grades, saves and files the wrong ones', () => {
    const stop = [$quizAttempts.listen(() => undefined), $mistakes.listen(() => undefined)];
    ensureDraw('l1', 3);
    expect(submitTest('l1', 3, [single, truefalse], { s1: ['a'], t1: ['true'] }, now)).toEqual([]);
    expect($quizAttempts.get().tests['l1']?.attempts).toMatchObject([
      { seed: 3, right: ['s1'], percent: 50 },
    ]);
    expect(Object.keys($mistakes.get().entries)).toEqual(['t1']);
    stop.forEach((s) => s());
  });
});

describe('retrying a question from the mistakes book', () => {
  test('an incomplete answer is neither graded nor recorded', () => {
    const stop = $mistakes.listen(() => undefined);
    recordResults([{ questionId: 'm1', lesson: 'l1', correct: false }], now);
    const before = $mistakes.get();
    expect(retryMistake(multiple, [], new Date(2026, 10, 28, 9))).toEqual({ kind: 'incomplete' });
    expect($mistakes.get()).toBe(before);
    stop();
  });
  test('is judged against the book before it, then recorded on the day of the clock', () => {
    const stop = $mistakes.listen(() => undefined);
    recordResults([{ questionId: 's1', lesson: 'l1', correct: false }], now);
    expect(retryMistake(single, ['a'], new Date(2026, 10, 28, 9))).toMatchObject({
      kind: 'graded',
      message: 'mistakes.fixedToday',
    });
    expect($mistakes.get().entries['s1']?.fixes).toEqual(['2026-11-28']);
    expect(retryMistake(single, ['a'], new Date(2026, 10, 29, 9))).toMatchObject({
      message: 'mistakes.removedNow',
    });
    expect($mistakes.get().entries).toEqual({});
    stop();
  });
  test('a wrong retry counts as a new miss', () => {
    const stop = $mistakes.listen(() => undefined);
    recordResults([{ questionId: 's1', lesson: 'l1', correct: false }], now);
    expect(retryMistake(single, ['b'], new Date(2026, 10, 28, 9))).toMatchObject({
      message: 'quiz.wrong',
    });
    expect($mistakes.get().entries['s1']).toMatchObject({ missed: '2026-11-28', misses: 2 });
    stop();
  });
});
