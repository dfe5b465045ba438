import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanStores } from 'nanostores';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { scenario } from '../../fixtures/scenario';
import { position } from '../../../src/lib/scenario/engine';

beforeAll(() => useTestStorageEngine());

const def = scenario();
const load = async () => import('../../../src/stores/scenario-runs');

describe('scenario-runs store', () => {
  afterEach(async () => {
    const { $scenarioRuns } = await load();
    cleanStores($scenarioRuns);
    cleanTestStorage();
  });

  test('starts, plays, undoes and finishes a run, persisting each step', async () => {
    const { $scenarioRuns, RUNS_KEY, startScenario, chooseInScenario, undoInScenario } =
      await load();
    const stop = $scenarioRuns.listen(() => {});
    startScenario(def, new Date('2026-11-27T08:00:00Z'), 3);
    chooseInScenario(def, null);
    chooseInScenario(def, 'good');
    expect(position(def, $scenarioRuns.get().active['tiny']!).nodeId).toBe('judge');
    undoInScenario(def);
    expect(position(def, $scenarioRuns.get().active['tiny']!).nodeId).toBe('ask');
    chooseInScenario(def, 'good');
    chooseInScenario(def, 'vip', new Date('2026-11-27T08:03:00Z'));
    const stored = JSON.parse(getTestStorage()[RUNS_KEY]!);
    expect(stored.active.tiny.finishedAt).toBe('2026-11-27T08:03:00.000Z');
    expect(stored.history).toHaveLength(1);
    stop();
  });

  test('reads runs stored by another tab or an earlier visit', async () => {
    const { $scenarioRuns, RUNS_KEY } = await load();
    const run = {
      v: 1,
      scenario: 'tiny',
      seed: 9,
      case: 'case-b',
      steps: [{ node: 'intro', choice: null }],
      startedAt: '2026-11-27T08:00:00.000Z',
    };
    setTestStorageKey(RUNS_KEY, JSON.stringify({ v: 1, active: { tiny: run }, history: [] }));
    const stop = $scenarioRuns.listen(() => {});
    expect($scenarioRuns.get().active['tiny']).toEqual(run);
    stop();
  });
});
