import { describe, expect, test } from 'vitest';
import {
  choicesOf,
  choose,
  position,
  result,
  startRun,
  type Run,
} from '../../../../src/lib/scenario/engine';
import { scoreRanges } from '../../../../src/lib/scenario/validate';
import {
  dashboard,
  playedScenarios,
  withDefs,
  type CourseShape,
} from '../../../../src/lib/progress/dashboard';
import { competencyRows, LESSON_COMPETENCY } from '../../../../src/lib/progress/competencies';
import { bestOutcome, summarizeRun } from '../../../../src/lib/progress/scenarios';
import { forLearners } from '../../../../src/lib/scenario/view';
import { COMPETENCIES } from '../../../../src/schemas/enums';
import { loadScenario } from '../../content/load';

const def = loadScenario('competitor-types.yaml').scenario!;
const AT = '2026-11-27T08:00:00.000Z';

/** Plays a run to its end, always taking the `pick`-th available choice. */
function play(pick: (n: number) => number, seed = 1): Run {
  let run = startRun(def, { seed, at: AT });
  for (let i = 0; i < 100 && run.finishedAt === undefined; i += 1) {
    const node = position(def, run).node;
    const choices = choicesOf(def, run);
    run = choose(
      def,
      run,
      node.type === 'narrative' ? null : choices[pick(choices.length)]!.id,
      AT,
    );
  }
  return run;
}

describe('scenario runs on the dashboard', () => {
  test('a finished run is summarised by replay, with the same outcome and points as the debrief', () => {
    const run = play(() => 0);
    const summary = summarizeRun(def, run)!;
    const full = result(def, run)!;
    expect(summary.outcome).toBe(full.outcome);
    for (const s of full.scores) expect(summary.score[s.competency] ?? 0).toBe(s.score);
  });
  test('unfinished runs and runs of another scenario are not counted', () => {
    const { finishedAt: _f, ...open } = play(() => 0);
    expect(summarizeRun(def, open)).toBeUndefined();
    expect(summarizeRun(def, { ...play(() => 0), scenario: 'other' })).toBeUndefined();
  });
  test('the learner view the dashboard loads (shared scenario file) replays every run to the same outcome and points', () => {
    const learner = forLearners(def);
    for (let seed = 1; seed <= 12; seed += 1) {
      const run = play((n) => (seed * 7 + n) % n, seed);
      expect(summarizeRun(learner, run)).toEqual(summarizeRun(def, run));
    }
    expect(JSON.stringify(learner)).not.toContain('facilitator');
  });
  test('the best outcome is the best in the order won, partial, risky-win, lost', () => {
    expect(bestOutcome(['lost', 'risky-win', 'partial'])).toBe('partial');
    expect(bestOutcome(['lost', 'won'])).toBe('won');
    expect(bestOutcome([])).toBeUndefined();
  });
});

describe('dashboard model', () => {
  const course: CourseShape = {
    lessons: ['contract', 'intelligence'],
    tests: ['contract', 'intelligence'],
    hasExam: true,
    scenarios: [{ id: def.id, def, max: scoreRanges(def).max }],
  };
  const attempt = (percent: number, at: string) => ({
    seed: 1,
    at,
    ids: [],
    answers: {},
    right: [],
    total: 8,
    percent,
  });
  test('best and latest scores, reading, scenario outcomes and readiness from stored progress', () => {
    const run = play(() => 0);
    const model = dashboard(
      course,
      { v: 1, read: { contract: AT, 'gone-lesson': AT } },
      {
        v: 1,
        tests: {
          contract: { attempts: [attempt(88, AT), attempt(63, '2026-11-28T08:00:00.000Z')] },
        },
      },
      { v: 1, active: {}, history: [run] },
    );
    expect(model.read).toEqual(['contract']);
    expect(model.tests).toEqual([
      { id: 'contract', best: 88, latest: 63, count: 2 },
      { id: 'intelligence', best: undefined, latest: undefined, count: 0 },
    ]);
    expect(model.exam).toEqual({ id: 'exam', best: undefined, latest: undefined, count: 0 });
    expect(model.scenarios).toEqual([
      { id: def.id, played: 1, best: summarizeRun(def, run)!.outcome },
    ]);
    expect(model.readiness.parts.find((p) => p.id === 'reading')?.points).toBe(15);
    expect(model.readiness.parts.find((p) => p.id === 'tests')?.points).toBeCloseTo(30 * 0.44);
    expect(model.competencies.find((c) => c.competency === 'contract')?.tests).toEqual({
      percent: 88,
      taken: 1,
      of: 1,
    });
  });
});

describe('competency rows', () => {
  test('all six competencies, tests through the lesson map, scenarios through their maximum', () => {
    const rows = competencyRows(
      ['contract', 'meetings-proposal', 'client-focus', 'first-principles'],
      { 'meetings-proposal': 80 },
      [
        {
          max: { 'competitor-strategy': 6, intelligence: 4 },
          runs: [{ 'competitor-strategy': 3 }, { 'competitor-strategy': 6, intelligence: -2 }],
        },
      ],
    );
    expect(rows.map((r) => r.competency)).toEqual([...COMPETENCIES]);
    const row = (c: string) => rows.find((r) => r.competency === c)!;
    expect(row('meetings-proposal').tests).toEqual({ percent: 40, taken: 1, of: 2 });
    expect(row('contract').tests).toEqual({ percent: 0, taken: 0, of: 1 });
    expect(row('competitor-strategy')).toEqual({
      competency: 'competitor-strategy',
      tests: undefined,
      scenarios: { percent: 100, played: 2 },
    });
    expect(row('intelligence').scenarios).toEqual({ percent: 0, played: 2 });
    expect(row('contract').scenarios).toBeUndefined();
    expect(Object.keys(LESSON_COMPETENCY)).not.toContain('first-principles');
  });
});

describe('scenarios the dashboard loads', () => {
  const run = play(() => 0);
  test('only those the learner has runs of, in course order', () => {
    const runs = { v: 1 as const, active: {}, history: [run, { ...run, scenario: 'b' }] };
    expect(playedScenarios(['a', 'b', def.id], runs)).toEqual(['b', def.id]);
    expect(playedScenarios(['a', def.id], { v: 1, active: {}, history: [] })).toEqual([]);
  });
  test('a scenario without its definition (never played) counts nothing and fails nothing', () => {
    const course: CourseShape = {
      lessons: [],
      tests: [],
      hasExam: false,
      scenarios: [{ id: def.id, max: scoreRanges(def).max }],
    };
    const model = dashboard(
      course,
      { v: 1, read: {} },
      { v: 1, tests: {} },
      { v: 1, active: {}, history: [] },
    );
    expect(model.scenarios).toEqual([{ id: def.id, played: 0, best: undefined }]);
  });
  test('the loaded definitions join the course by id; a played scenario is then counted', () => {
    const shape = { lessons: [], tests: [], hasExam: false };
    const course = withDefs(
      {
        ...shape,
        scenarios: [
          { id: 'other', href: '/data/scenarios/other.json', max: {} },
          { id: def.id, href: `/data/scenarios/${def.id}.json`, max: scoreRanges(def).max },
        ],
      },
      [def],
    );
    expect(course.scenarios).toEqual([
      { id: 'other', max: {} },
      { id: def.id, max: scoreRanges(def).max, def },
    ]);
    const model = dashboard(
      course,
      { v: 1, read: {} },
      { v: 1, tests: {} },
      {
        v: 1,
        active: {},
        history: [run],
      },
    );
    expect(model.scenarios.find((x) => x.id === def.id)?.played).toBe(1);
  });
});
