import { expect, test } from './support/test';
import type { Page } from '@playwright/test';

// The fault battery (issue 17), browser part: every stored key, on a page that reads it, with each
// kind of fault. One page load per page × kind seeds every key that page reads with that kind, and
// the assertions stay per key: no page error, nothing lost (the original is still stored, or a
// backup that reads back the same), and a visible message. The exhaustive matrix of parsers × faults
// runs in vitest (tests/unit/lib/storage/fault-matrix.test.ts).
// The journeys of corrupt-storage.spec.ts (marking a lesson read after a failed backup, downloading
// the original, a blocked localStorage) stay there.

type Kind =
  | 'garbage'
  | 'wrong-types'
  | 'prototype-keys'
  | 'impossible-dates'
  | 'future-dates'
  | 'huge-values'
  | 'quota-full'
  | 'read-throws';

const KINDS: Kind[] = [
  'garbage',
  'wrong-types',
  'prototype-keys',
  'impossible-dates',
  'future-dates',
  'huge-values',
  'quota-full',
  'read-throws',
];

const BAD_DAY = '2026-02-30T08:00:00.000Z';
const FUTURE = '2099-01-01T08:00:00.000Z';
const card = (due: string) => ({
  due,
  stability: 2,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last: due,
});
const attempt = (at: string) => ({
  seed: 1,
  at,
  ids: ['q1'],
  answers: {},
  right: [],
  total: 1,
  percent: 0,
});
const run = (at: string) => ({
  v: 1,
  scenario: 'first-meeting',
  seed: 1,
  case: null,
  steps: [],
  startedAt: at,
  finishedAt: at,
});

/** A record of `key` with dates `at`: valid apart from the dates. */
const dated: Record<string, ((at: string) => unknown) | undefined> = {
  'tmc:reading': (at) => ({ v: 1, read: { contract: at } }),
  'tmc:quiz-attempts': (at) => ({ v: 1, tests: { exam: { attempts: [attempt(at)] } } }),
  'tmc:mistakes': (at) => ({
    v: 1,
    entries: { q1: { lesson: 'contract', missed: at.slice(0, 10), misses: 1, fixes: [] } },
  }),
  'tmc:scenario-runs': (at) => ({ v: 1, active: {}, history: [run(at)] }),
  'tmc:review': (at) => ({ v: 1, cards: { 'q:q1': card(at) } }),
  'tmc:workshop-roster': undefined,
  'tmc:workshop-session': undefined,
  'tmc:workshop-live': undefined,
};

/** What `kind` stores under `key`; `undefined` when the kind does not apply to the key. */
function fault(kind: Kind, key: string): string | undefined {
  switch (kind) {
    case 'garbage':
    case 'quota-full':
    case 'read-throws':
      return `{"v":1,"read":{"contract":"2026-11-01T08:00:00.000Z"}\u0000garbage`;
    case 'wrong-types':
      return '{"v":1,"read":[],"tests":"x","entries":5,"active":[],"history":{},"cards":null,"item":7,"codes":{},"teams":{},"seq":"1","view":[]}';
    case 'prototype-keys':
      return '{"v":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"read":{"__proto__":"2026-11-01T08:00:00.000Z"}}';
    case 'impossible-dates':
      return dated[key] && JSON.stringify(dated[key](BAD_DAY));
    case 'future-dates':
      return dated[key] && JSON.stringify(dated[key](FUTURE));
    case 'huge-values':
      return `{"v":1,"read":{"contract":1e308},"seq":1e308,"x":"${'9'.repeat(300_000)}"}`;
  }
}

/** The pages that read each key (one per key is enough: the parsing is shared by every page). */
const PAGES: { path: string; keys: string[] }[] = [
  { path: '/progress/', keys: ['tmc:reading', 'tmc:quiz-attempts', 'tmc:scenario-runs'] },
  { path: '/review/', keys: ['tmc:review', 'tmc:mistakes'] },
  { path: '/workshop/roster/', keys: ['tmc:workshop-roster'] },
  { path: '/workshop/present/competitor-types/', keys: ['tmc:workshop-session'] },
  { path: '/workshop/audience/', keys: ['tmc:workshop-live'] },
];

const figures = { cases: 0, loads: 0, errors: 0, lost: 0 };

/** Seeds storage once per test (not again on reloads) and breaks the storage API as `kind` says. */
async function seed(page: Page, kind: Kind, values: Record<string, string>): Promise<void> {
  await page.addInitScript(
    ({ kind, values }) => {
      const real = {
        get: Storage.prototype.getItem,
        set: Storage.prototype.setItem,
      };
      (window as unknown as { realStorage: typeof real }).realStorage = real;
      if (!sessionStorage.getItem('seeded')) {
        // One tab per kind in the same context: start from no stored data of ours.
        for (const key of Object.keys(localStorage))
          if (key.startsWith('tmc:')) localStorage.removeItem(key);
        for (const [key, value] of Object.entries(values)) real.set.call(localStorage, key, value);
        sessionStorage.setItem('seeded', '1');
      }
      const ours = (key: string) => key.startsWith('tmc:') && key !== 'tmc:probe';
      if (kind === 'quota-full')
        Storage.prototype.setItem = function (key: string, value: string) {
          if (ours(key)) throw new DOMException('full', 'QuotaExceededError');
          real.set.call(this, key, value);
        };
      if (kind === 'read-throws')
        Storage.prototype.getItem = function (key: string) {
          if (ours(key)) throw new DOMException('denied', 'SecurityError');
          return real.get.call(this, key);
        };
    },
    { kind, values },
  );
}

/** The stored value of `key`, read past any broken storage API. */
const stored = (page: Page, key: string) =>
  page.evaluate(
    (key) =>
      (
        window as unknown as { realStorage: { get: (this: Storage, k: string) => string | null } }
      ).realStorage.get.call(localStorage, key),
    key,
  );

for (const { path, keys } of PAGES) {
  test(`stored data faults on ${path}: no error, nothing lost, a message`, async ({ context }) => {
    test.slow();
    for (const kind of KINDS) {
      const values: Record<string, string> = {};
      for (const key of keys) {
        const value = fault(kind, key);
        if (value !== undefined) values[key] = value;
      }
      if (Object.keys(values).length === 0) continue;
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      const tab = await context.newPage();
      tab.on('pageerror', onError);
      await seed(tab, kind, values);
      await tab.goto(path);
      figures.loads += 1;
      // The chat-app hint (`client:in-app`) hydrates only in chat-app browsers.
      await expect(tab.locator('astro-island[ssr]:not([client="in-app"])')).toHaveCount(0, {
        timeout: 15_000,
      });

      // A visible message: the storage banner, or (the audience screen, which only follows the
      // console) its waiting screen.
      if (kind !== 'future-dates') {
        const message =
          path === '/workshop/audience/'
            ? tab.getByText('等待培训师开始')
            : tab.locator('.storage-banner').first();
        await expect(message, `${kind} on ${path}`).toBeVisible({ timeout: 15_000 });
      }
      for (const [key, original] of Object.entries(values)) {
        figures.cases += 1;
        // Nothing lost: the original is still there, or a backup that reads back the same.
        const kept =
          (await stored(tab, key)) === original ||
          (await stored(tab, `${key}:backup`)) === original;
        if (!kept) figures.lost += 1;
        expect(kept, `${kind}: ${key} on ${path} kept or backed up`).toBe(true);
      }
      expect(
        await tab.evaluate(() => (({}) as Record<string, unknown>)['polluted']),
      ).toBeUndefined();
      figures.errors += errors.length;
      expect(errors, `${kind} on ${path}: page errors`).toEqual([]);
      await tab.close();
    }
  });
}

test.afterAll(() => {
  console.log(
    `fault battery: ${Object.keys(dated).length} keys × ${KINDS.length} kinds of fault on ${PAGES.length} pages — ${figures.cases} key×kind cases in ${figures.loads} page loads, ${figures.errors} page errors, ${figures.lost} records lost`,
  );
});
