/**
 * For component tests of the scenario islands: stores write to nanostores' test engine, and every
 * test starts as a new learner (no DOM left over, no stored run, no stubbed fetch). The runs store
 * keeps its value in memory as well as in storage, so it is reset too.
 */
import { afterEach, beforeAll, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { $scenarioRuns } from '../../src/stores/scenario-runs';

export function startEachTestAsANewLearner(): void {
  beforeAll(() => useTestStorageEngine());
  afterEach(() => {
    cleanup();
    cleanTestStorage();
    $scenarioRuns.set($scenarioRuns.init!);
    vi.unstubAllGlobals();
  });
}
