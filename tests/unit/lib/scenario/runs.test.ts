import { describe, expect, test } from 'vitest';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';
import {
  clearRun,
  fitsScenario,
  hiddenRuns,
  HISTORY_LIMIT,
  latestFinished,
  historyOf,
  recentCases,
  runsFormat,
  saveRun,
} from '../../../../src/lib/scenario/runs';
import {
  choicesOf,
  choose,
  position,
  startRun,
  type Run,
} from '../../../../src/lib/scenario/engine';
import { scenario } from '../../../fixtures/scenario';
import type { Scenario } from '../../../../src/schemas/scenario';

/** Plays `def` with case `caseId` to an ending, always taking the first choice. */
function playToEnd(def: Scenario, caseId: string): Run {
  let r = startRun(def, { seed: 1, caseId, at: '2026-11-27T08:00:00.000Z' });
  for (let i = 0; i < 50 && position(def, r).node.type !== 'ending'; i += 1)
    r = choose(def, r, choicesOf(def, r)[0]?.id ?? null, '2026-11-27T08:05:00.000Z');
  return r;
}

const run = (over: Partial<Run> = {}): Run => ({
  v: 1,
  scenario: 'competitor-types',
  seed: 42,
  case: 'bank-veteran',
  steps: [{ node: 'brief', choice: null }],
  startedAt: '2026-11-27T08:00:00.000Z',
  ...over,
});
const finished = (over: Partial<Run> = {}) =>
  run({ finishedAt: '2026-11-27T08:10:00.000Z', ...over });

describe('runsFormat', () => {
  test('round-trips active runs and history', () => {
    const value = { v: 1 as const, active: { 'competitor-types': run() }, history: [finished()] };
    expect(decodeVersioned(JSON.stringify(value), runsFormat)).toEqual({ value, status: 'ok' });
  });
  test('starts empty when nothing is stored', () => {
    expect(decodeVersioned(null, runsFormat)).toEqual({
      value: { v: 1, active: {}, history: [] },
      status: 'empty',
    });
  });
  test.each([
    '{not json',
    '[]',
    '{"v":2,"active":{},"history":[]}',
    '{"v":1,"active":[],"history":[]}',
  ])('recovers from %s', (raw) => {
    expect(decodeVersioned(raw, runsFormat)).toEqual({
      value: { v: 1, active: {}, history: [] },
      status: 'recovered',
    });
  });
  test('drops unreadable runs, keeps the rest and says so', () => {
    const raw = JSON.stringify({
      v: 1,
      active: { 'competitor-types': run(), other: run(), broken: { v: 1, steps: 'x' } },
      history: [
        finished(),
        run(),
        finished({ seed: -1 }),
        finished({ steps: [{ node: 'A B', choice: null }] }),
      ],
    });
    expect(decodeVersioned(raw, runsFormat)).toEqual({
      value: { v: 1, active: { 'competitor-types': run() }, history: [finished()] },
      status: 'recovered',
      dropped: 5,
    });
  });
});

describe('run bookkeeping', () => {
  test('adds a run to history once, when it finishes', () => {
    let runs = saveRun(runsFormat.initial(), run());
    expect(runs.history).toEqual([]);
    runs = saveRun(runs, finished());
    runs = saveRun(runs, finished());
    expect(runs.history).toHaveLength(1);
    expect(runs.active['competitor-types']).toEqual(finished());
  });
  test('keeps at most the last HISTORY_LIMIT finished runs', () => {
    let runs = runsFormat.initial();
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1)
      runs = saveRun(clearRun(runs, 'competitor-types'), finished({ seed: i }));
    expect(runs.history).toHaveLength(HISTORY_LIMIT);
    expect(runs.history[0]!.seed).toBe(5);
  });
  test('lists history newest first and the recent cases to avoid', () => {
    let runs = runsFormat.initial();
    for (const c of ['a', 'b', 'c', 'd'])
      runs = saveRun(clearRun(runs, 'competitor-types'), finished({ case: c }));
    expect(historyOf(runs, 'competitor-types').map((r) => r.case)).toEqual(['d', 'c', 'b', 'a']);
    expect(recentCases(runs, 'competitor-types')).toEqual(['d', 'c', 'b']);
    expect(clearRun(runs, 'competitor-types').active).toEqual({});
  });
});

describe('stored runs are checked against the scenario before they are shown', () => {
  const def = scenario();
  const caseId = def.cases[0]!.id;
  const ended = playToEnd(def, caseId);
  test('a run whose case the scenario does not have does not fit (its text would show raw placeholders)', () => {
    expect(fitsScenario(def, { ...ended, case: caseId })).toBe(true);
    expect(fitsScenario(def, { ...ended, case: 'no-such-case' })).toBe(false);
    expect(fitsScenario(def, { ...ended, case: null })).toBe(false);
  });
  test('the debrief shows the latest finished run that fits, not "never finished"', () => {
    const broken: Run = {
      ...ended,
      seed: 9,
      steps: [{ node: 'nowhere', choice: 'x' }],
      finishedAt: '2026-11-28T08:00:00.000Z',
    };
    const runs = { v: 1 as const, active: {}, history: [ended, broken] };
    expect(latestFinished(runs, def)).toEqual(ended);
    expect(latestFinished({ ...runs, history: [broken] }, def)).toBeUndefined();
  });
  test('finished runs the debrief cannot show are counted, so it never says the scenario was never finished', () => {
    const stale: Run = { ...ended, seed: 3, case: 'no-such-case' };
    const broken: Run = { ...ended, seed: 9, steps: [{ node: 'nowhere', choice: 'x' }] };
    const other: Run = { ...ended, scenario: 'another-scenario' };
    const runs = { v: 1 as const, active: {}, history: [ended, stale, broken, other] };
    expect(hiddenRuns(runs, def)).toBe(2);
    expect(hiddenRuns({ ...runs, history: [ended] }, def)).toBe(0);
  });
});
