/** Hooks that give an island its shared bank or scenario file: start the load, follow the store. */
import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Scenario } from '../schemas/scenario';
import type { Pool } from '../lib/quiz/draw';
import type { LearnerQuestion } from '../lib/quiz/learner';
import {
  allLoaded,
  LOADING,
  poolsFrom,
  type BankSource,
  type Loaded,
  type ScenarioSource,
} from '../lib/content/data-files';
import { $banks, $scenarios, ensureBanks, loadScenario } from '../stores/data-files';

/** The pools of `sources` once every bank has arrived, and a retry for when one did not. */
export function usePools(
  sources: readonly BankSource[],
): [Loaded<Pool<LearnerQuestion>[]>, () => void] {
  const banks = useStore($banks);
  const key = sources.map((s) => s.href).join(' ');
  useEffect(() => ensureBanks(sources), [key]);
  const pools = useMemo(() => poolsFrom(sources, banks), [banks, key]);
  return [pools, () => ensureBanks(sources)];
}

/** Several scenarios once all have arrived (at once when `sources` is empty), and a retry. */
export function useScenarios(sources: readonly ScenarioSource[]): [Loaded<Scenario[]>, () => void] {
  const scenarios = useStore($scenarios);
  const key = sources.map((s) => s.href).join(' ');
  const load = () => {
    for (const source of sources) void loadScenario(source);
  };
  useEffect(load, [key]);
  const all = useMemo(
    () =>
      allLoaded(
        sources.map((s) => s.href),
        scenarios,
      ),
    [scenarios, key],
  );
  return [all, load];
}

/** The scenario of `source` once it has arrived, and a retry for when it did not. */
export function useScenario(source: ScenarioSource): [Loaded<Scenario>, () => void] {
  const scenarios = useStore($scenarios);
  useEffect(() => void loadScenario(source), [source.href]);
  return [scenarios[source.href] ?? LOADING, () => void loadScenario(source)];
}
