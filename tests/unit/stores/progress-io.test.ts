import { cleanStores } from 'nanostores';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { $reading, READING_KEY } from '../../../src/stores/reading';
import { $quizAttempts, ATTEMPTS_KEY } from '../../../src/stores/quiz-attempts';
import { $mistakes, MISTAKES_KEY } from '../../../src/stores/mistakes';
import { $scenarioRuns, RUNS_KEY } from '../../../src/stores/scenario-runs';
import { $review, answerReview, REVIEW_KEY } from '../../../src/stores/review';
import {
  commitImport,
  currentValues,
  exportProgress,
  prepareImport,
  prepareImportFile,
  resetProgress,
} from '../../../src/stores/progress-io';
import { applyImport } from '../../../src/lib/progress/bundle';
import { STORES } from '../../../src/lib/progress/registry';
import { mine, theirs } from '../../fixtures/progress';

const ATOMS = [$reading, $quizAttempts, $mistakes, $scenarioRuns, $review];
let stops: (() => void)[] = [];
beforeAll(() => useTestStorageEngine());
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
  cleanStores(...ATOMS);
  cleanTestStorage();
});

function load(values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) setTestStorageKey(key, JSON.stringify(value));
  stops = ATOMS.map((a) => a.listen(() => undefined));
}
const snapshot = () => JSON.stringify(getTestStorage());
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('progress export, import and reset', () => {
  test('the registry covers exactly the persisted stores, under their keys', () => {
    expect(STORES.map((s) => s.key)).toEqual([
      READING_KEY,
      ATTEMPTS_KEY,
      MISTAKES_KEY,
      RUNS_KEY,
      REVIEW_KEY,
    ]);
  });
  test('export, reset, import (replace) brings everything back', () => {
    load(mine);
    const { name, text } = exportProgress('c1', new Date('2026-11-27T08:00:00Z'));
    expect(name).toBe('tmc-sales-progress-2026-11-27.json');
    resetProgress();
    expect(Object.values(currentValues())).toEqual(STORES.map((s) => s.format.initial()));
    const prepared = prepareImport(text, bytes(text), 'c1');
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.summary.lines.map((l) => l.file)).toEqual([2, 1, 1, 1, 1]);
    commitImport(prepared.values, 'replace');
    expect(currentValues()).toEqual(mine);
    for (const [key, value] of Object.entries(mine))
      expect(JSON.parse(getTestStorage()[key] ?? 'null')).toEqual(value);
  });
  test('merge import writes the best of both into every store', () => {
    load(theirs);
    const { text } = exportProgress('c1');
    cleanStores(...ATOMS);
    cleanTestStorage();
    stops.forEach((s) => s());
    load(mine);
    const prepared = prepareImport(text, bytes(text), 'c1');
    if (!prepared.ok) throw new Error(prepared.error);
    commitImport(prepared.values, 'merge');
    expect(currentValues()).toEqual(applyImport(mine, theirs, 'merge', new Date()));
  });
  test.each([
    ['not ours', '{"a":1}'],
    ['truncated', '{"format":"tmc-sales-progress","schema":1,"stor'],
    ['tampered', 'TAMPER'],
    ['too large', 'HUGE'],
  ])('a bad file (%s) changes no store', (_name, kind) => {
    load(mine);
    const good = exportProgress('c1').text;
    const text =
      kind === 'TAMPER'
        ? good.replace('"percent": 50', '"percent": 90')
        : kind === 'HUGE'
          ? good
          : kind;
    const before = snapshot();
    const prepared = prepareImport(text, kind === 'HUGE' ? 3 * 1024 * 1024 : bytes(text), 'c1');
    expect(prepared.ok).toBe(false);
    expect(snapshot()).toBe(before);
    expect(currentValues()).toEqual(mine);
  });
  test('answering a review card is persisted as versioned JSON', () => {
    load({});
    answerReview('q:s1', 'good', new Date('2026-11-27T08:00:00Z'));
    expect(JSON.parse(getTestStorage()[REVIEW_KEY] ?? '{}')).toMatchObject({
      v: 1,
      cards: { 'q:s1': { reps: 1, last: '2026-11-27T08:00:00.000Z' } },
    });
  });
});

describe('choosing a file', () => {
  test('a file over 2 MB is refused without being read', async () => {
    load(mine);
    const huge = {
      size: 2 * 1024 * 1024 + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob;
    expect(await prepareImportFile(huge, 'c1')).toEqual({ ok: false, error: 'too-large' });
    expect(currentValues()).toEqual(mine);
  });
  test('a good file is read and checked', async () => {
    load(mine);
    const file = new Blob([exportProgress('c1').text], { type: 'application/json' });
    const prepared = await prepareImportFile(file, 'c1');
    expect(prepared.ok && prepared.values).toEqual(mine);
  });
  test('a file the browser cannot read ends in a message, never a check that hangs', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await prepareImportFile(broken, 'c1')).toEqual({ ok: false, error: 'unreadable' });
    const deep = `{"format":"tmc-sales-progress","stores":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await prepareImportFile(new Blob([deep]), 'c1')).toMatchObject({ ok: false });
  });
});
