import { describe, expect, test } from 'vitest';
import { displayOrder, drawExam } from '../../../../src/lib/quiz/draw';
import { createRng } from '../../../../src/lib/quiz/random';
import { drawnQuestions, reviewOf, unanswered } from '../../../../src/lib/quiz/test-run';
import type { Attempt } from '../../../../src/lib/quiz/attempts';
import { all, matching, multiple, single, truefalse } from '../../../fixtures/quiz';

const pools = [{ key: 'l1', questions: all, weight: 1 }];

describe('the questions of a test', () => {
  test('none before a draw exists', () => {
    expect(drawnQuestions(pools, 4, undefined)).toEqual([]);
  });
  test('the draw of a seed is the seeded exam draw, the same on every call', () => {
    const drawn = drawnQuestions(pools, 4, 17);
    expect(drawn).toHaveLength(4);
    expect(drawn).toEqual(drawExam(pools, 4, createRng(17)));
    expect(drawnQuestions(pools, 4, 17)).toEqual(drawn);
  });
});

describe('unanswered questions on submit', () => {
  test('lists, in draw order, the questions without a complete answer', () => {
    const drawn = [single, multiple, truefalse, matching];
    expect(unanswered(drawn, { s1: ['b'], t1: ['true'] }).map((q) => q.id)).toEqual(['m1', 'p1']);
  });
  test('is empty when every question is answered, right or wrong', () => {
    expect(unanswered([single, truefalse], { s1: ['c'], t1: ['false'] })).toEqual([]);
  });
  test('a multiple-choice question with nothing ticked counts as unanswered', () => {
    expect(unanswered([multiple], { m1: [] })).toEqual([multiple]);
  });
});

describe('the review of a submitted attempt', () => {
  const attempt: Attempt = {
    seed: 9,
    at: '2026-11-27T02:00:00.000Z',
    ids: ['s1', 'gone', 't1'],
    answers: { s1: ['a'], t1: ['true'] },
    right: ['s1'],
    total: 3,
    percent: 50,
  };
  const byId = new Map([single, truefalse].map((q) => [q.id, q] as const));

  test('grades each remaining question again and counts the removed ones', () => {
    const review = reviewOf(attempt, byId, 60);
    expect(review.removed).toBe(1);
    expect(review.questions.map((r) => [r.question.id, r.answer, r.grade.correct])).toEqual([
      ['s1', ['a'], true],
      ['t1', ['true'], false],
    ]);
  });
  test('shows options in the attempt’s seeded order', () => {
    const [first] = reviewOf(attempt, byId, 60).questions;
    expect(first?.order).toEqual(displayOrder(single, 9));
  });
  test('a question left unanswered is reviewed with an empty answer', () => {
    const review = reviewOf({ ...attempt, answers: {} }, byId, 60);
    expect(review.questions[0]?.answer).toEqual([]);
    expect(review.questions[0]?.grade.correct).toBe(false);
  });
  test('passes at the pass mark and not below', () => {
    expect(reviewOf(attempt, byId, 50).passed).toBe(true);
    expect(reviewOf(attempt, byId, 51).passed).toBe(false);
  });
});
