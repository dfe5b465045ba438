import { describe, expect, test } from 'vitest';
import {
  decisionInteraction,
  fromStamp,
  letter,
  questionInteraction,
  scorm12Writes,
  scorm2004Writes,
  stamp,
  validScorm12Response,
} from '../../../../src/lib/lms/interactions';
import type { Attempt } from '../../../../src/lib/quiz/attempts';
import { course } from './fixtures';

const q = (id: string) => course.questions.find((x) => x.id === id)!;
const attempt: Attempt = {
  seed: 7,
  at: '2026-11-29T10:00:00.000Z',
  ids: ['q-single', 'q-multi', 'q-tf', 'q-order', 'q-match', 'q-case'],
  answers: {
    'q-single': ['right'],
    'q-multi': ['x', 'y'],
    'q-tf': ['false'],
    'q-order': ['second', 'first', ''],
    'q-match': ['c2', ''],
    'q-case': [],
  },
  right: ['q-single', 'q-tf'],
  total: 6,
  percent: 33,
};
const get = (writes: [string, string][], suffix: string) =>
  writes.find(([e]) => e.endsWith(suffix))?.[1];

describe('question interactions', () => {
  test('maps the six kinds to choice, true-false, sequencing and matching', () => {
    const types = attempt.ids.map((id) => questionInteraction(q(id), 'one', attempt).type);
    expect(types).toEqual(['choice', 'choice', 'true-false', 'sequencing', 'matching', 'choice']);
  });

  test('ids are ASCII CMIIdentifiers naming test, question and attempt, stable across calls', () => {
    const a = questionInteraction(q('q-multi'), 'exam', attempt);
    expect(a.id).toBe(`exam.q-multi.${stamp(attempt.at)}`);
    expect(a.id).toMatch(/^[A-Za-z0-9_.-]{1,255}$/);
    expect(questionInteraction(q('q-multi'), 'exam', attempt).id).toBe(a.id);
  });

  test('SCORM 2004: ids joined with [,], pairs with [.], result correct/incorrect', () => {
    const w = (id: string) => scorm2004Writes(questionInteraction(q(id), 'one', attempt), 3);
    expect(get(w('q-multi'), 'correct_responses.0.pattern')).toBe('x[,]z');
    expect(get(w('q-multi'), 'learner_response')).toBe('x[,]y');
    expect(get(w('q-multi'), 'result')).toBe('incorrect');
    expect(get(w('q-tf'), 'learner_response')).toBe('false');
    expect(get(w('q-tf'), 'result')).toBe('correct');
    expect(get(w('q-order'), 'correct_responses.0.pattern')).toBe('first[,]second[,]third');
    expect(get(w('q-order'), 'learner_response')).toBe('second[,]first');
    expect(get(w('q-match'), 'correct_responses.0.pattern')).toBe('p1[.]c2[,]p2[.]c1');
    expect(get(w('q-match'), 'learner_response')).toBe('p1[.]c2');
    expect(get(w('q-case'), 'learner_response')).toBeUndefined();
    expect(w('q-single').map(([e]) => e.replace('cmi.interactions.3.', ''))).toEqual([
      'id',
      'type',
      'timestamp',
      'correct_responses.0.pattern',
      'learner_response',
      'result',
    ]);
    expect(get(w('q-single'), 'timestamp')).toBe('2026-11-29T10:00:00.00Z');
  });

  test('SCORM 1.2: authored positions become single letters, results correct/wrong', () => {
    const w = (id: string) => scorm12Writes(questionInteraction(q(id), 'one', attempt), 0);
    expect(get(w('q-single'), 'correct_responses.0.pattern')).toBe('b');
    expect(get(w('q-single'), 'student_response')).toBe('b');
    expect(get(w('q-multi'), 'correct_responses.0.pattern')).toBe('a,c');
    expect(get(w('q-multi'), 'student_response')).toBe('a,b');
    expect(get(w('q-multi'), 'result')).toBe('wrong');
    expect(get(w('q-tf'), 'student_response')).toBe('f');
    expect(get(w('q-order'), 'student_response')).toBe('b,a');
    expect(get(w('q-match'), 'correct_responses.0.pattern')).toBe('a.b,b.a');
    expect(get(w('q-match'), 'student_response')).toBe('a.b');
    expect(get(w('q-single'), 'time')).toBe('10:00:00');
    for (const id of attempt.ids) {
      const i = questionInteraction(q(id), 'one', attempt);
      for (const [e, v] of scorm12Writes(i, 0))
        if (/(pattern|student_response)$/.test(e))
          expect(validScorm12Response(i.type, v)).toBe(true);
    }
  });

  test('latency is written in each format when known', () => {
    const i = questionInteraction(q('q-tf'), 'one', attempt, 83_500);
    expect(get(scorm12Writes(i, 0), 'latency')).toBe('0000:01:23.50');
    expect(get(scorm2004Writes(i, 0), 'latency')).toBe('PT1M23.5S');
  });
});

describe('scenario decisions', () => {
  test('are choice interactions named by scenario, node and run, with a neutral result', () => {
    const i = decisionInteraction(
      'deal',
      'ask',
      'pitch',
      ['listen', 'pitch'],
      attempt.at,
      attempt.at,
      2000,
    );
    expect(i.id).toBe(`scn.deal.ask.${stamp(attempt.at)}`);
    expect(get(scorm12Writes(i, 0), 'student_response')).toBe('b');
    expect(get(scorm2004Writes(i, 0), 'learner_response')).toBe('pitch');
    expect(get(scorm2004Writes(i, 0), 'result')).toBe('neutral');
    expect(get(scorm2004Writes(i, 0), 'correct_responses.0.pattern')).toBeUndefined();
  });
});

test('letters run a–z then 0–9 and stop at 36', () => {
  expect([0, 25, 26, 35].map(letter)).toEqual(['a', 'z', '0', '9']);
  expect(() => letter(36)).toThrow(RangeError);
});

test('stamps round-trip to the second', () => {
  expect(fromStamp(stamp('2026-11-29T10:11:12.345Z'))).toBe('2026-11-29T10:11:12.000Z');
});
