import { describe, expect, test } from 'vitest';
import {
  canUndo,
  choicesOf,
  choose,
  drawCase,
  position,
  result,
  startRun,
  undo,
  type Run,
} from '../../../../src/lib/scenario/engine';
import { ScenarioError } from '../../../../src/lib/scenario/state';
import { forLearners, stats, viewOf } from '../../../../src/lib/scenario/view';
import { scenario } from '../../../fixtures/scenario';

const def = scenario();
const T0 = '2026-11-27T08:00:00.000Z';
const T1 = '2026-11-27T08:05:00.000Z';
const start = (caseId = 'case-a') => startRun(def, { seed: 1, at: T0, caseId });
const play = (run: Run, ...choices: (string | null)[]) =>
  choices.reduce((r, c) => choose(def, r, c, T1), run);

describe('startRun', () => {
  test('draws the same case for the same seed and spreads seeds over the pool', () => {
    const draws = Array.from({ length: 40 }, (_, seed) => startRun(def, { seed, at: T0 }).case);
    expect(Array.from({ length: 40 }, (_, seed) => startRun(def, { seed, at: T0 }).case)).toEqual(
      draws,
    );
    expect(new Set(draws)).toEqual(new Set(['case-a', 'case-b']));
  });
  test('avoids recently played cases while others remain', () => {
    for (let seed = 0; seed < 20; seed += 1)
      expect(drawCase(def, seed, ['case-a'])?.id).toBe('case-b');
    expect(drawCase(def, 3, ['case-a', 'case-b'])).toBeDefined();
  });
  test('starts at the start node with the case applied and no steps', () => {
    const run = start('case-b');
    expect(run).toEqual({
      v: 1,
      scenario: 'tiny',
      seed: 1,
      case: 'case-b',
      steps: [],
      startedAt: T0,
    });
    expect(position(def, run).vars).toEqual({ trust: 1, kind: 'b', met: false });
  });
  test('refuses an unknown forced case', () => {
    expect(() => startRun(def, { seed: 1, at: T0, caseId: 'nope' })).toThrow(ScenarioError);
  });
});

describe('choose and choicesOf', () => {
  test('continues a narrative node with null and offers nothing there', () => {
    const run = start();
    expect(choicesOf(def, run)).toEqual([]);
    expect(position(def, play(run, null)).nodeId).toBe('ask');
  });
  test('applies effects and scores, and hides guarded choices until they hold', () => {
    const asked = play(start(), null);
    expect(
      choicesOf(def, asked)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['bad', 'good']);
    const afterBad = play(asked, 'bad');
    expect(
      choicesOf(def, afterBad)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['is-a', 'is-b']);
    const afterGood = play(asked, 'good');
    expect(
      choicesOf(def, afterGood)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['is-a', 'is-b', 'vip']);
    expect(position(def, afterGood)).toMatchObject({
      vars: { trust: 2, met: true },
      score: { intelligence: 2 },
    });
  });
  test('uses the branch that matches the case, and routes on the state', () => {
    const right = play(start('case-a'), null, 'good', 'is-a');
    expect(position(def, right)).toMatchObject({
      nodeId: 'won',
      score: { intelligence: 2, 'competitor-strategy': 3 },
    });
    expect(position(def, right).feedback?.text).toBe('对。');
    const wrong = play(start('case-b'), null, 'bad', 'is-a');
    expect(position(def, wrong)).toMatchObject({ nodeId: 'lost', score: { intelligence: -1 } });
    expect(position(def, wrong).feedback?.text).toBe('错。');
  });
  test('stamps the finish time on reaching an ending and refuses further steps', () => {
    const done = play(start(), null, 'good', 'is-a');
    expect(done.finishedAt).toBe(T1);
    expect(() => choose(def, done, 'good', T1)).toThrow(ScenarioError);
  });
  test('refuses a choice that is not offered, and a choice at a narrative node', () => {
    expect(() => choose(def, play(start(), null, 'bad'), 'vip', T1)).toThrow(
      'Choice vip is not available at node judge.',
    );
    expect(() => choose(def, start(), 'good', T1)).toThrow(ScenarioError);
  });
  test('never mutates the run it is given', () => {
    const run = play(start(), null);
    const copy = structuredClone(run);
    choose(def, run, 'good', T1);
    undo(def, run);
    expect(run).toEqual(copy);
  });
});

describe('undo', () => {
  test('takes back the last choice and any continue after it, and the score with it', () => {
    const run = play(start(), null, 'good');
    const back = undo(def, run);
    expect(back.steps).toEqual([{ node: 'intro', choice: null }]);
    expect(position(def, back)).toMatchObject({
      nodeId: 'ask',
      score: {},
      vars: { trust: 1, met: false },
    });
    expect(canUndo(back)).toBe(false);
    expect(undo(def, back).steps).toEqual([]);
  });
  test('reopens a finished run at its last decision', () => {
    const back = undo(def, play(start(), null, 'good', 'is-a'));
    expect(back.finishedAt).toBeUndefined();
    expect(position(def, back)).toMatchObject({ nodeId: 'judge', score: { intelligence: 2 } });
  });
});

describe('replay after a content edit', () => {
  test('keeps the steps that still fit and continues from there', () => {
    const run: Run = {
      ...start(),
      steps: [
        { node: 'intro', choice: null },
        { node: 'ask', choice: 'renamed' },
        { node: 'judge', choice: 'is-a' },
      ],
    };
    expect(position(def, run)).toMatchObject({ nodeId: 'ask', validSteps: 1 });
    expect(choose(def, run, 'good', T1).steps).toEqual([
      { node: 'intro', choice: null },
      { node: 'ask', choice: 'good' },
    ]);
  });
});

describe('result', () => {
  test('is undefined until the run ends', () => {
    expect(result(def, play(start(), null))).toBeUndefined();
  });
  test('reports outcome, scores against maxima, the path and where the expert differed', () => {
    const res = result(def, play(start('case-b'), null, 'bad', 'is-a'))!;
    expect(res.outcome).toBe('lost');
    expect(res.scores).toEqual([
      { competency: 'intelligence', score: -1, max: 2 },
      { competency: 'competitor-strategy', score: 0, max: 3 },
    ]);
    expect(res.path.map((p) => [p.node, p.choice.id, p.expert?.id])).toEqual([
      ['ask', 'bad', 'good'],
      ['judge', 'is-a', 'is-b'],
    ]);
    expect(res.review).toEqual([{ lesson: 'intelligence', section: 'competitor-types' }]);
  });
  test('finds no difference on the expert path', () => {
    const res = result(def, play(start('case-a'), null, 'good', 'is-a'))!;
    expect(res.outcome).toBe('won');
    expect(res.path.every((p) => p.expert === undefined)).toBe(true);
    expect(res.scores.every((s) => s.score === s.max)).toBe(true);
  });
});

describe('views', () => {
  test('fills case facts and variable values into texts and picks debrief paragraphs by state', () => {
    const first = viewOf(def, start('case-b'));
    expect(first).toMatchObject({
      kind: 'step',
      paragraphs: ['客户是 乙公司。'],
      clues: ['线索乙'],
      state: [{ label: '信任', value: '1' }],
      canUndo: false,
      stepNumber: 1,
    });
    const end = viewOf(def, play(start('case-a'), null, 'good', 'is-a'));
    expect(end).toMatchObject({
      kind: 'ending',
      outcome: 'won',
      debrief: ['信任 2。'],
      caseLabel: '甲',
    });
  });
  test('strips every facilitator note before content reaches learners', () => {
    const json = JSON.stringify(forLearners(def));
    expect(json).not.toContain('facilitator');
    expect(json).not.toContain('只给培训师');
    expect(JSON.stringify(def)).toContain('只给培训师');
  });
  test('counts nodes, choices, endings and cases', () => {
    expect(stats(def)).toEqual({ nodes: 6, choices: 5, endings: 3, cases: 2 });
  });
});
