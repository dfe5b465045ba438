import { describe, expect, test } from 'vitest';
import { grade, hasPassed, isComplete, scoreAttempt } from '../../../../src/lib/quiz/grade';
import { caseQ, matching, multiple, ordering, single, truefalse } from '../../../fixtures/quiz';

describe('grade', () => {
  test('grades a single choice right, wrong and unanswered', () => {
    expect(grade(single, ['a'])).toEqual({
      correct: true,
      complete: true,
      parts: [true, true, true],
    });
    expect(grade(single, ['b'])).toEqual({
      correct: false,
      complete: true,
      parts: [false, false, true],
    });
    expect(grade(single, [])).toEqual({
      correct: false,
      complete: false,
      parts: [false, true, true],
    });
  });
  test('treats two picks or an unknown id in a single choice as wrong', () => {
    expect(grade(single, ['a', 'b']).correct).toBe(false);
    expect(grade(single, ['zzz']).correct).toBe(false);
  });
  test('grades a case judgement like a single choice', () => {
    expect(grade(caseQ, ['y']).correct).toBe(true);
    expect(grade(caseQ, ['x'])).toEqual({ correct: false, complete: true, parts: [false, false] });
  });
  test('grades a multi-select answer all-or-nothing', () => {
    expect(grade(multiple, ['b', 'a']).correct).toBe(true);
    expect(grade(multiple, ['a'])).toEqual({
      correct: false,
      complete: true,
      parts: [true, false, true],
    });
    expect(grade(multiple, ['a', 'b', 'c'])).toEqual({
      correct: false,
      complete: true,
      parts: [true, true, false],
    });
    expect(grade(multiple, []).complete).toBe(false);
    expect(grade(multiple, ['a', 'b', 'nope']).correct).toBe(false);
  });
  test('grades true/false', () => {
    expect(grade(truefalse, ['false'])).toEqual({ correct: true, complete: true, parts: [true] });
    expect(grade(truefalse, ['true'])).toEqual({ correct: false, complete: true, parts: [false] });
    expect(grade(truefalse, ['maybe']).complete).toBe(false);
  });
  test('grades ordering by position and marks a partial order wrong', () => {
    expect(grade(ordering, ['one', 'two', 'three']).correct).toBe(true);
    expect(grade(ordering, ['one', 'three', 'two'])).toEqual({
      correct: false,
      complete: true,
      parts: [true, false, false],
    });
    expect(grade(ordering, ['one', '', ''])).toEqual({
      correct: false,
      complete: false,
      parts: [true, false, false],
    });
  });
  test('grades matching per pair, a choice may serve two pairs', () => {
    expect(grade(matching, ['x', 'y', 'x']).correct).toBe(true);
    expect(grade(matching, ['x', 'x', 'x'])).toEqual({
      correct: false,
      complete: true,
      parts: [true, false, true],
    });
    expect(grade(matching, ['x']).complete).toBe(false);
  });
  test('isComplete says whether an answer can be submitted', () => {
    expect(isComplete(single, undefined)).toBe(false);
    expect(isComplete(ordering, ['one', 'two', 'three'])).toBe(true);
  });
});

describe('scoreAttempt', () => {
  test('counts fully right questions and rounds the percent', () => {
    const s = scoreAttempt([single, multiple, truefalse], { s1: ['a'], m1: ['a'], t1: ['false'] });
    expect(s).toEqual({ right: ['s1', 't1'], total: 3, percent: 67 });
    expect(scoreAttempt([], {})).toEqual({ right: [], total: 0, percent: 0 });
  });
  test('the pass mark is inclusive', () => {
    expect(hasPassed(80, 80)).toBe(true);
    expect(hasPassed(79, 80)).toBe(false);
  });
});
