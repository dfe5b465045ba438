import { describe, expect, test } from 'vitest';
import {
  answered,
  cmi5State,
  dueJudgements,
  noneSent,
  readCmi5State,
  type Cmi5Sent,
} from '../../../../src/lib/lms/cmi5';
import { decisionInteraction, questionInteraction } from '../../../../src/lib/lms/interactions';
import type { LmsStatus } from '../../../../src/lib/lms/rules';
import type { Attempt } from '../../../../src/lib/quiz/attempts';
import { course } from './fixtures';

const status = (over: Partial<LmsStatus>): LmsStatus => ({
  lessonsRead: 0,
  lessonsTotal: 2,
  completed: false,
  success: 'unknown',
  score: undefined,
  ...over,
});
const sent = (over: Partial<Cmi5Sent> = {}): Cmi5Sent => ({ ...noneSent(), ...over });

describe('judgements due', () => {
  test('nothing before the lessons are read or the exam is taken', () => {
    expect(dueJudgements(status({}), sent(), 'Normal')).toEqual({ due: [], sent: sent() });
  });

  test('completed once, when every lesson is read', () => {
    const first = dueJudgements(status({ completed: true, lessonsRead: 2 }), sent(), 'Normal');
    expect(first.due).toEqual(['completed']);
    expect(dueJudgements(status({ completed: true }), first.sent, 'Normal').due).toEqual([]);
  });

  test('passed once at or above the mastery score, never failed after it', () => {
    const first = dueJudgements(status({ success: 'passed', score: 85 }), sent(), 'Normal');
    expect(first.due).toEqual(['passed']);
    expect(
      dueJudgements(status({ success: 'passed', score: 90 }), first.sent, 'Normal').due,
    ).toEqual([]);
    expect(
      dueJudgements(status({ success: 'failed', score: 60 }), first.sent, 'Normal').due,
    ).toEqual([]);
  });

  test('failed for each new best score below mastery, then passed', () => {
    const a = dueJudgements(status({ success: 'failed', score: 60 }), sent(), 'Normal');
    expect(a).toEqual({ due: ['failed'], sent: sent({ failedScore: 60 }) });
    expect(dueJudgements(status({ success: 'failed', score: 60 }), a.sent, 'Normal').due).toEqual(
      [],
    );
    const b = dueJudgements(status({ success: 'failed', score: 70 }), a.sent, 'Normal');
    expect(b.due).toEqual(['failed']);
    expect(dueJudgements(status({ success: 'passed', score: 80 }), b.sent, 'Normal').due).toEqual([
      'passed',
    ]);
  });

  test('completed comes before the exam result when both become due at once', () => {
    const both = status({ completed: true, success: 'passed', score: 100 });
    expect(dueJudgements(both, sent(), 'Normal').due).toEqual(['completed', 'passed']);
  });

  test('Browse and Review send no judgement and change nothing (cmi5 10.2.2)', () => {
    const both = status({ completed: true, success: 'passed', score: 100 });
    for (const mode of ['Browse', 'Review'] as const)
      expect(dueJudgements(both, sent(), mode)).toEqual({ due: [], sent: sent() });
  });
});

describe('answered statements', () => {
  const attempt: Attempt = {
    seed: 1,
    at: '2026-11-29T10:00:10.000Z',
    ids: ['q-multi', 'q-tf', 'q-match', 'q-order'],
    answers: { 'q-multi': ['x', 'z'], 'q-tf': ['true'], 'q-match': ['c2', 'c1'], 'q-order': [] },
    right: ['q-multi', 'q-match'],
    total: 4,
    percent: 50,
  };
  const q = (id: string) => course.questions.find((x) => x.id === id)!;

  test('a choice question: test and question ids, xAPI response pattern, success, period', () => {
    const a = answered(questionInteraction(q('q-multi'), 'exam', attempt, 4000));
    expect(a).toEqual({
      test: 'exam',
      item: 'q-multi',
      response: 'x[,]z',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        correctResponsesPattern: ['x[,]z'],
        choices: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      },
      success: true,
      period: { start: '2026-11-29T10:00:06.000Z', end: '2026-11-29T10:00:10.000Z' },
    });
  });

  test('true-false has no components; matching has source and target; no latency, no period', () => {
    const tf = answered(questionInteraction(q('q-tf'), 'two', attempt));
    expect(tf.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'true-false',
      correctResponsesPattern: ['false'],
    });
    expect([tf.response, tf.success, tf.period]).toEqual(['true', false, undefined]);
    const m = answered(questionInteraction(q('q-match'), 'two', attempt));
    expect(m.response).toBe('p1[.]c2[,]p2[.]c1');
    expect(m.definition.source).toEqual([{ id: 'p1' }, { id: 'p2' }]);
    expect(m.definition.target).toEqual([{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }]);
  });

  test('an unanswered question reports an empty response and is wrong', () => {
    const o = answered(questionInteraction(q('q-order'), 'two', attempt));
    expect([o.response, o.success]).toEqual(['', false]);
  });

  test('a scenario decision names scenario and node, with no success and no right answer', () => {
    const d = answered(
      decisionInteraction('deal', 'ask', 'pitch', ['listen', 'pitch'], attempt.at, attempt.at),
    );
    expect(d).toEqual({
      test: 'scn.deal',
      item: 'ask',
      response: 'pitch',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        choices: [{ id: 'listen' }, { id: 'pitch' }],
      },
    });
  });
});

describe('state document', () => {
  test('round trips', () => {
    const doc = cmi5State('[1,"x"]', sent({ completed: true, failedScore: 60 }));
    expect(readCmi5State(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  test('anything unreadable counts as no state', () => {
    for (const bad of [null, 'text', 3, {}, { v: 2, resume: '', sent: noneSent() }])
      expect(readCmi5State(bad)).toBeUndefined();
    expect(readCmi5State({ v: 1, resume: '', sent: { completed: 'yes', passed: false } })).toBe(
      undefined,
    );
  });

  test('a missing failed score reads as none', () => {
    expect(
      readCmi5State({ v: 1, resume: '', sent: { completed: false, passed: true } })?.sent,
    ).toEqual({ completed: false, passed: true, failedScore: null });
  });
});
