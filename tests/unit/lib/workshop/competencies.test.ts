import { describe, expect, test } from 'vitest';
import { learnerCompetencies, roomCompetencies } from '../../../../src/lib/workshop/competencies';
import { scenarioResult } from '../../../../src/lib/workshop/results';
import { choose, startRun } from '../../../../src/lib/scenario/engine';
import { runsFormat, saveRun } from '../../../../src/lib/scenario/runs';
import { scenario } from '../../../fixtures/scenario';

const at = '2026-11-27T08:00:00.000Z';
const def = scenario();

/** What a learner's code carries after playing `choices` in case `caseId`. */
function played(caseId: string, choices: (string | null)[], name = '学员') {
  let run = startRun(def, { seed: 1, at, caseId });
  for (const c of choices) run = choose(def, run, c, at);
  return scenarioResult(saveRun(runsFormat.initial(), run), def, name)!;
}

describe('competency points recomputed from a scenario code', () => {
  test('the right/wrong marks tell the case apart: the same decisions score by the case played', () => {
    // In case a, 甲类 is right (3 competitor-strategy points); in case b it is wrong (0).
    const inA = played('case-a', [null, 'good', 'is-a']);
    const inB = played('case-b', [null, 'good', 'is-a']);
    expect(inA.results.map((r) => r.key)).toEqual(inB.results.map((r) => r.key));
    expect(learnerCompetencies(def, inA)).toEqual([
      { competency: 'intelligence', score: 2, max: 2 },
      { competency: 'competitor-strategy', score: 3, max: 3 },
    ]);
    expect(learnerCompetencies(def, inB)).toEqual([
      { competency: 'intelligence', score: 2, max: 2 },
      { competency: 'competitor-strategy', score: 0, max: 3 },
    ]);
  });

  test('a code no case explains (a decision the scenario no longer has, or out of order) is left out', () => {
    const good = played('case-a', [null, 'good', 'is-a']);
    expect(
      learnerCompetencies(def, { ...good, results: [{ key: 'ask/gone', ok: true }] }),
    ).toBeUndefined();
    expect(
      learnerCompetencies(def, { ...good, results: [...good.results].reverse() }),
    ).toBeUndefined();
    expect(
      learnerCompetencies(def, { ...good, results: good.results.slice(0, 1) }),
    ).toBeUndefined();
  });

  test('the room: average points per competency against the maximum, negative points as 0', () => {
    const room = [
      played('case-a', [null, 'good', 'is-a'], '甲'), // 2, 3
      played('case-b', [null, 'good', 'is-a'], '乙'), // 2, 0
      played('case-b', [null, 'bad', 'is-b'], '丙'), // -1 → 0, 3
      { name: '丁', percent: 0, results: [{ key: 'ask/gone', ok: false }] },
    ];
    expect(roomCompetencies(def, room)).toEqual({
      counted: 3,
      rows: [
        { competency: 'intelligence', mean: 1.3, max: 2 },
        { competency: 'competitor-strategy', mean: 2, max: 3 },
      ],
    });
    expect(roomCompetencies(def, [])).toEqual({
      counted: 0,
      rows: [
        { competency: 'intelligence', mean: 0, max: 0 },
        { competency: 'competitor-strategy', mean: 0, max: 0 },
      ],
    });
  });
});
