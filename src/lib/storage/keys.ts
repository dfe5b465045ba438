/**
 * Every localStorage key the site uses, in one list. Stores, the progress registry, the LMS
 * browser copy and the theme switch read their key from here; the progress registry
 * (`src/lib/progress/registry.ts`) adds the format (version and parser) of each progress store.
 * A key is namespaced inside an LMS package (see `./namespace`), so every key starts with `tmc:`.
 */
export const STORE_KEYS = {
  reading: 'tmc:reading',
  attempts: 'tmc:quiz-attempts',
  mistakes: 'tmc:mistakes',
  runs: 'tmc:scenario-runs',
  review: 'tmc:review',
  roster: 'tmc:workshop-roster',
  session: 'tmc:workshop-session',
  live: 'tmc:workshop-live',
} as const;

export type StoreName = keyof typeof STORE_KEYS;
