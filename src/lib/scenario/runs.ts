/**
 * Scenario runs kept in the browser: the unfinished (or just finished) run of each scenario, and
 * the history of finished runs.
 *
 * Stored JSON (key `tmc:scenario-runs`):
 *   { "v": 1,
 *     "active":  { "<scenarioId>": Run },
 *     "history": [ Run, … ] }            // finished runs, oldest first, at most HISTORY_LIMIT
 *   Run = { "v": 1, "scenario": id, "seed": uint32, "case": id | null,
 *           "steps": [ { "node": id, "choice": id | null } ], "startedAt": ISO, "finishedAt"?: ISO }
 *   `seed` draws the case and, since issue 11, orders each decision's choices on screen
 *   (`order.ts`); runs stored before that already carry a seed, so they resume in a stable order.
 * Version history:
 *   v1 (2026-11) — first version.
 * Runs are replayed against the current scenario, so renamed nodes shorten a run rather than
 * break it; unreadable runs are dropped and the learner is told (status `recovered`).
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import type { Scenario } from '../../schemas/scenario';
import { caseOf, result, type Run, type Step } from './engine';
import { isId, isRecord } from '../util/guards';
import { isIsoTime } from '../time/clock';

export interface ScenarioRuns {
  v: 1;
  active: Record<string, Run>;
  history: Run[];
}

export const HISTORY_LIMIT = 50;
/** Far more steps than any scenario path (with undo, every step is replayed); more is not a run. */
const MAX_STEPS = 1000;

const isTime = isIsoTime;

function parseStep(value: unknown): Step | undefined {
  if (!isRecord(value) || typeof value['node'] !== 'string' || !isId(value['node']))
    return undefined;
  const choice = value['choice'];
  if (choice !== null && (typeof choice !== 'string' || !isId(choice))) return undefined;
  return { node: value['node'], choice };
}

/** Reads one stored run; `undefined` when any part of it is unreadable. */
export function parseRun(value: unknown): Run | undefined {
  if (!isRecord(value) || value['v'] !== 1) return undefined;
  const { scenario, seed, steps, startedAt, finishedAt } = value;
  const caseId = value['case'];
  if (typeof scenario !== 'string' || !isId(scenario)) return undefined;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return undefined;
  if (caseId !== null && (typeof caseId !== 'string' || !isId(caseId))) return undefined;
  if (!Array.isArray(steps) || steps.length > MAX_STEPS || !isTime(startedAt)) return undefined;
  if (
    finishedAt !== undefined &&
    (!isTime(finishedAt) || Date.parse(finishedAt) < Date.parse(startedAt))
  )
    return undefined;
  const parsed = steps.map(parseStep);
  if (parsed.some((s) => s === undefined)) return undefined;
  const run: Run = { v: 1, scenario, seed, case: caseId, steps: parsed as Step[], startedAt };
  return finishedAt === undefined ? run : { ...run, finishedAt };
}

function parseRuns(payload: Record<string, unknown>): Parsed<ScenarioRuns> | undefined {
  const active = payload['active'];
  const history = payload['history'];
  if (!isRecord(active) || !Array.isArray(history)) return undefined;
  let dropped = 0;
  const kept: ScenarioRuns = { v: 1, active: {}, history: [] };
  for (const [id, value] of Object.entries(active)) {
    const run = parseRun(value);
    if (run !== undefined && run.scenario === id) kept.active[id] = run;
    else dropped += 1;
  }
  for (const value of history) {
    const run = parseRun(value);
    if (run !== undefined && run.finishedAt !== undefined) kept.history.push(run);
    else dropped += 1;
  }
  return { value: kept, dropped };
}

export const runsFormat: VersionedFormat<ScenarioRuns> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseRuns,
  initial: () => ({ v: 1, active: {}, history: [] }),
};

/** Replaces the active run of its scenario; a run that just finished is also added to history. */
export function saveRun(runs: ScenarioRuns, run: Run): ScenarioRuns {
  const previous = runs.active[run.scenario];
  const justFinished = run.finishedAt !== undefined && previous?.finishedAt === undefined;
  const history = justFinished ? [...runs.history, run].slice(-HISTORY_LIMIT) : runs.history;
  return { ...runs, active: { ...runs.active, [run.scenario]: run }, history };
}

/** Forgets the active run of a scenario (history stays). */
export function clearRun(runs: ScenarioRuns, scenario: string): ScenarioRuns {
  if (runs.active[scenario] === undefined) return runs;
  const { [scenario]: _removed, ...rest } = runs.active;
  return { ...runs, active: rest };
}

/** Finished runs of one scenario, newest first. */
export function historyOf(runs: ScenarioRuns, scenario: string): Run[] {
  return runs.history.filter((r) => r.scenario === scenario).reverse();
}

/** Case ids of the last `n` runs of a scenario, to avoid drawing the same case again soon. */
export function recentCases(runs: ScenarioRuns, scenario: string, n = 3): string[] {
  return historyOf(runs, scenario)
    .slice(0, n)
    .flatMap((r) => (r.case === null ? [] : [r.case]));
}

/**
 * Whether a stored run belongs to `def` as it is now: its case exists (a scenario with cases
 * always draws one, one without has none). A run that does not fit is never shown: its text
 * would keep raw `{{placeholders}}`.
 */
export function fitsScenario(def: Scenario, run: Run): boolean {
  if (run.scenario !== def.id) return false;
  return def.cases.length === 0 ? run.case === null : caseOf(def, run) !== undefined;
}

/**
 * Finished runs of `def` that are never shown because they no longer fit it or no longer replay to
 * an ending (the scenario changed since): counted, so a debrief never claims there are none.
 */
export function hiddenRuns(runs: ScenarioRuns, def: Scenario): number {
  return historyOf(runs, def.id).filter(
    (r) => !fitsScenario(def, r) || result(def, r) === undefined,
  ).length;
}

/** The newest finished run of `def` that fits it and replays to an ending, if any. */
export function latestFinished(runs: ScenarioRuns, def: Scenario): Run | undefined {
  return historyOf(runs, def.id).find((r) => fitsScenario(def, r) && result(def, r) !== undefined);
}
