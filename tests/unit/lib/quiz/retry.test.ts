import { describe, expect, test } from 'vitest';
import { checkRetry, checkSelf, statusAfterRetry, statusOf } from '../../../../src/lib/quiz/retry';
import { mistakesFormat, recordAnswers } from '../../../../src/lib/quiz/mistakes';
import { matching, multiple, single } from '../../../fixtures/quiz';

const event = (day: string, correct: boolean, questionId = 's1') => ({
  questionId,
  lesson: 'l1',
  correct,
  day,
});
/** s1 missed on the 27th. */
const missed = recordAnswers(mistakesFormat.initial(), [event('2026-11-27', false)]);

describe('checking a retry from the mistakes book', () => {
  test('an incomplete answer is not graded', () => {
    expect(checkRetry(multiple, [], missed, '2026-11-28')).toEqual({ kind: 'incomplete' });
  });
  test('a wrong answer says so, whatever the book holds', () => {
    const check = checkRetry(single, ['b'], missed, '2026-11-28');
    expect(check).toMatchObject({ kind: 'graded', message: 'quiz.wrong' });
    expect(check.kind === 'graded' && check.grade.correct).toBe(false);
  });
  test('right on the day of the miss does not count yet', () => {
    expect(checkRetry(single, ['a'], missed, '2026-11-27')).toMatchObject({
      kind: 'graded',
      message: 'mistakes.sameDay',
    });
  });
  test('right on a later day counts one fix', () => {
    const check = checkRetry(single, ['a'], missed, '2026-11-28');
    expect(check).toMatchObject({ kind: 'graded', message: 'mistakes.fixedToday' });
    expect(check.kind === 'graded' && check.grade.correct).toBe(true);
  });
  test('the second later day takes it out of the book', () => {
    const once = recordAnswers(missed, [event('2026-11-28', true)]);
    expect(checkRetry(single, ['a'], once, '2026-11-29')).toMatchObject({
      message: 'mistakes.removedNow',
    });
    expect(checkRetry(single, ['a'], once, '2026-11-28')).toMatchObject({
      message: 'mistakes.sameDay',
    });
  });
  test('a question no longer in the book that is answered right reads as a fix', () => {
    expect(checkRetry(single, ['a'], mistakesFormat.initial(), '2026-11-28')).toMatchObject({
      message: 'mistakes.fixedToday',
    });
  });
});

describe('the status line of a question', () => {
  const entry = { lesson: 'l1', missed: '2026-11-27', misses: 2, fixes: ['2026-11-28'] };
  test('after a retry adds a fix only when it was right', () => {
    expect(statusAfterRetry(entry, true)).toEqual({ misses: 2, fixes: 2 });
    expect(statusAfterRetry(entry, false)).toEqual({ misses: 2, fixes: 1 });
  });
  test('comes from the book while the question is in it', () => {
    const book = { v: 1 as const, entries: { s1: entry } };
    expect(statusOf(book, { s1: { misses: 9, fixes: 9 } }, 's1')).toEqual({ misses: 2, fixes: 1 });
  });
  test('comes from what was kept once the question has left the book, else zero', () => {
    const empty = mistakesFormat.initial();
    expect(statusOf(empty, { s1: { misses: 2, fixes: 2 } }, 's1')).toEqual({ misses: 2, fixes: 2 });
    expect(statusOf(empty, {}, 's1')).toEqual({ misses: 0, fixes: 0 });
  });
});

describe('a lesson self-check', () => {
  test('an incomplete answer is not graded', () => {
    expect(checkSelf(matching, ['x'])).toEqual({ kind: 'incomplete' });
  });
  test('a complete answer is told right or wrong with its grade', () => {
    const right = checkSelf(single, ['a']);
    expect(right).toMatchObject({ kind: 'graded', message: 'quiz.right' });
    expect(right.kind === 'graded' && right.grade.correct).toBe(true);
    expect(checkSelf(single, ['c'])).toMatchObject({ kind: 'graded', message: 'quiz.wrong' });
  });
});
