import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import type { Scenario } from '../schemas/scenario';
import { choose, startRun, undo } from '../lib/scenario/engine';
import { STORE_KEYS } from '../lib/storage/keys';
import {
  clearRun,
  recentCases,
  runsFormat,
  saveRun,
  type ScenarioRuns,
} from '../lib/scenario/runs';

export const RUNS_KEY = STORE_KEYS.runs;

/** Every scenario's current run and the history of finished runs; synced across open tabs. */
export const $scenarioRuns = persistentAtom<ScenarioRuns>(
  RUNS_KEY,
  runsFormat.initial(),
  versionedCodec(RUNS_KEY, runsFormat),
);

/** Server-side value for `useStore($scenarioRuns, { ssr: scenarioRunsAtServer })` (see stores/reading.ts). */
const SERVER_VALUE = runsFormat.initial();
export const scenarioRunsAtServer = (): ScenarioRuns => SERVER_VALUE;

function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0] ?? 0;
}

/** Starts a new run, avoiding the cases of the last few runs. */
export function startScenario(
  def: Scenario,
  now: Date = new Date(),
  seed: number = newSeed(),
): void {
  const runs = $scenarioRuns.get();
  const run = startRun(def, { seed, at: now.toISOString(), avoid: recentCases(runs, def.id) });
  $scenarioRuns.set(saveRun(clearRun(runs, def.id), run));
}

/** Takes a choice (`null` continues a narrative step) in the scenario's current run. */
export function chooseInScenario(
  def: Scenario,
  choiceId: string | null,
  now: Date = new Date(),
): void {
  const runs = $scenarioRuns.get();
  const run = runs.active[def.id];
  if (run === undefined) return;
  $scenarioRuns.set(saveRun(runs, choose(def, run, choiceId, now.toISOString())));
}

/** Takes back the last choice of the scenario's current run. */
export function undoInScenario(def: Scenario): void {
  const runs = $scenarioRuns.get();
  const run = runs.active[def.id];
  if (run === undefined) return;
  $scenarioRuns.set(saveRun(runs, undo(def, run)));
}
