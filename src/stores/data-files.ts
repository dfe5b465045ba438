/**
 * The shared question banks and scenarios islands fetch (`src/lib/content/data-files.ts`), keyed by
 * the URL the page gave (root-relative on the site, page-relative in an LMS package, so it is
 * fetched as given). Not persisted: the service worker keeps the files offline. Each file is fetched
 * once per page however many islands ask; a failed one is fetched again when asked again (retry).
 */
import { map, type MapStore } from 'nanostores';
import type { Scenario } from '../schemas/scenario';
import type { LearnerQuestion } from '../lib/quiz/learner';
import {
  LOADING,
  readBankFile,
  readScenarioFile,
  type BankSource,
  type Loaded,
  type ScenarioSource,
} from '../lib/content/data-files';

/** Banks by URL. */
export const $banks = map<Record<string, Loaded<LearnerQuestion[]>>>({});
/** Scenarios (learner view) by URL. */
export const $scenarios = map<Record<string, Loaded<Scenario>>>({});

const pending = new Map<string, Promise<unknown>>();

async function fetchJson(href: string): Promise<unknown> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${response.status} ${href}`);
  return response.json() as Promise<unknown>;
}

function load<T>(
  store: MapStore<Record<string, Loaded<T>>>,
  href: string,
  read: (json: unknown) => T | undefined,
): Promise<T | undefined> {
  const current = store.get()[href];
  if (current?.state === 'ready') return Promise.resolve(current.value);
  const running = pending.get(href) as Promise<T | undefined> | undefined;
  if (running !== undefined) return running;
  store.setKey(href, LOADING);
  const loading = fetchJson(href)
    .then(read, () => undefined)
    .then((value) => {
      pending.delete(href);
      store.setKey(href, value === undefined ? { state: 'failed' } : { state: 'ready', value });
      return value;
    });
  pending.set(href, loading);
  return loading;
}

/** Starts loading every bank of a test that is not loaded or loading (again after a failure). */
export function ensureBanks(sources: readonly BankSource[]): void {
  for (const source of sources)
    void load($banks, source.href, (json) => readBankFile(json, source.lesson));
}

/** Loads a scenario (once per page); undefined when it could not be loaded. */
export function loadScenario(source: ScenarioSource): Promise<Scenario | undefined> {
  return load($scenarios, source.href, (json) => readScenarioFile(json, source.id));
}
