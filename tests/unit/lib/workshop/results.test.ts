import { describe, expect, test } from 'vitest';
import { scenarioResult, testResult } from '../../../../src/lib/workshop/results';
import { choose, startRun } from '../../../../src/lib/scenario/engine';
import { runsFormat, saveRun } from '../../../../src/lib/scenario/runs';
import type { QuizAttempts } from '../../../../src/lib/quiz/attempts';
import { scenario } from '../../../fixtures/scenario';

const attempt = {
  seed: 7,
  at: '2026-11-27T08:00:00.000Z',
  ids: ['q1', 'q2', 'q3'],
  answers: {},
  right: ['q2'],
  total: 3,
  percent: 33,
};

describe('latest results for result codes', () => {
  test('a test: the current draw’s last attempt, each question right or wrong in shown order', () => {
    const state: QuizAttempts = { v: 1, tests: { contract: { seed: 7, attempts: [attempt] } } };
    expect(testResult(state, 'contract', '小王')).toEqual({
      name: '小王',
      percent: 33,
      results: [
        { key: 'q1', ok: false },
        { key: 'q2', ok: true },
        { key: 'q3', ok: false },
      ],
    });
  });
  test('a test: nothing before handing in, nor after a retry started a new draw', () => {
    expect(testResult({ v: 1, tests: {} }, 'contract', 'x')).toBeUndefined();
    expect(
      testResult({ v: 1, tests: { contract: { seed: 8, attempts: [attempt] } } }, 'contract', 'x'),
    ).toBeUndefined();
  });
  test('a scenario: points over the maximum, each decision right when it was the expert’s', () => {
    const def = scenario();
    const at = '2026-11-27T08:00:00.000Z';
    let run = startRun(def, { seed: 1, at, caseId: 'case-b' });
    for (const c of [null, 'good', 'is-a']) run = choose(def, run, c, at);
    const runs = saveRun(runsFormat.initial(), run);
    expect(scenarioResult(runs, def, '小李')).toEqual({
      name: '小李',
      percent: 40, // 2 of 5 points
      results: [
        { key: 'ask/good', ok: true },
        { key: 'judge/is-a', ok: false },
      ],
    });
    expect(scenarioResult(runsFormat.initial(), def, '小李')).toBeUndefined();
  });
});
