import { describe, expect, test } from 'vitest';
import {
  allLoaded,
  bankDataHref,
  bankFile,
  poolsFrom,
  readBankFile,
  readScenarioFile,
  scenarioDataHref,
  scenarioFile,
  type BankSource,
} from '../../../../src/lib/content/data-files';
import { forLearners } from '../../../../src/lib/scenario/view';
import { multiple, single } from '../../../fixtures/quiz';
import { scenario } from '../../../fixtures/scenario';

/** What a file looks like after the trip through the network. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('shared data files', () => {
  test('live at one URL per bank and per scenario', () => {
    expect(bankDataHref('contract')).toBe('/data/banks/contract.json');
    expect(scenarioDataHref('full-deal')).toBe('/data/scenarios/full-deal.json');
  });

  test('a bank file reads back as the questions it was written from', () => {
    const questions = [single, multiple];
    expect(readBankFile(wire(bankFile('l1', questions)), 'l1')).toEqual(questions);
  });

  test('refuses a bank file of another lesson, another kind or version, or not a bank at all', () => {
    const file = bankFile('l1', [single]);
    expect(readBankFile(wire(file), 'l2')).toBeUndefined();
    expect(readBankFile({ ...(wire(file) as object), v: 2 }, 'l1')).toBeUndefined();
    expect(readBankFile({ ...(wire(file) as object), kind: 'scenario' }, 'l1')).toBeUndefined();
    expect(readBankFile('<!doctype html><p>404</p>', 'l1')).toBeUndefined();
    expect(readBankFile(null, 'l1')).toBeUndefined();
    expect(readBankFile([], 'l1')).toBeUndefined();
    expect(readBankFile({ v: 1, kind: 'bank', lesson: 'l1', questions: {} }, 'l1')).toBeUndefined();
  });

  test('refuses a bank whose questions are not questions of that lesson', () => {
    const noId = { ...single, id: 'Not An Id' };
    expect(readBankFile(wire(bankFile('l1', [noId])), 'l1')).toBeUndefined();
    expect(readBankFile(wire(bankFile('l1', [{ ...single, lesson: 'l2' }])), 'l1')).toBeUndefined();
    expect(readBankFile({ v: 1, kind: 'bank', lesson: 'l1', questions: [null] }, 'l1')).toBe(
      undefined,
    );
  });

  test('a scenario file reads back as the learner view it was written from', () => {
    const def = forLearners(scenario());
    expect(readScenarioFile(wire(scenarioFile(def)), 'tiny')).toEqual(wire(def));
  });

  test('refuses a scenario file of another scenario, a bank, or one whose start node is missing', () => {
    const def = forLearners(scenario());
    expect(readScenarioFile(wire(scenarioFile(def)), 'other')).toBeUndefined();
    expect(readScenarioFile(wire(bankFile('tiny', [])), 'tiny')).toBeUndefined();
    expect(readScenarioFile(wire(scenarioFile({ ...def, start: 'nowhere' })), 'tiny')).toBe(
      undefined,
    );
    expect(readScenarioFile({ v: 1, kind: 'scenario' }, 'tiny')).toBeUndefined();
    expect(readScenarioFile(undefined, 'tiny')).toBeUndefined();
  });
});

describe('poolsFrom', () => {
  const sources: BankSource[] = [
    { lesson: 'a', href: '/data/banks/a.json', weight: 15 },
    { lesson: 'b', href: '/data/banks/b.json', weight: 20 },
  ];

  test('is loading until every bank has arrived (or before any was asked for)', () => {
    expect(poolsFrom(sources, {})).toEqual({ state: 'loading' });
    expect(
      poolsFrom(sources, {
        '/data/banks/a.json': { state: 'ready', value: [single] },
        '/data/banks/b.json': { state: 'loading' },
      }),
    ).toEqual({ state: 'loading' });
  });

  test('fails as soon as any bank failed, even while others load', () => {
    expect(
      poolsFrom(sources, {
        '/data/banks/a.json': { state: 'loading' },
        '/data/banks/b.json': { state: 'failed' },
      }),
    ).toEqual({ state: 'failed' });
  });

  test('gives the pools in the order of the sources, keyed by lesson with their weights', () => {
    expect(
      poolsFrom(sources, {
        '/data/banks/b.json': { state: 'ready', value: [multiple] },
        '/data/banks/a.json': { state: 'ready', value: [single] },
      }),
    ).toEqual({
      state: 'ready',
      value: [
        { key: 'a', weight: 15, questions: [single] },
        { key: 'b', weight: 20, questions: [multiple] },
      ],
    });
  });
});

describe('allLoaded', () => {
  test('is ready at once with nothing to load (a new learner’s dashboard loads no scenario)', () => {
    expect(allLoaded([], {})).toEqual({ state: 'ready', value: [] });
  });
  test('gives the values in the order asked, once all are in', () => {
    expect(
      allLoaded(['/b', '/a'], {
        '/a': { state: 'ready', value: 1 },
        '/b': { state: 'ready', value: 2 },
      }),
    ).toEqual({ state: 'ready', value: [2, 1] });
    expect(allLoaded(['/a', '/c'], { '/a': { state: 'ready', value: 1 } })).toEqual({
      state: 'loading',
    });
  });
});
