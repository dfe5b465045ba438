/**
 * The browser copy of the learner data inside a package: the site's own localStorage keys under
 * the package's namespace (`tmc:<ns>:reading`, …), read and written with the site's formats.
 */
import { decodeVersioned } from '../lib/storage/versioned';
import { namespacedKey } from '../lib/storage/namespace';
import { STORE_KEYS } from '../lib/storage/keys';
import { readingFormat } from '../lib/progress/reading';
import { attemptsFormat } from '../lib/quiz/attempts';
import { runsFormat } from '../lib/scenario/runs';
import type { ResumeState } from '../lib/lms/resume';

export const KEYS = {
  reading: STORE_KEYS.reading,
  attempts: STORE_KEYS.attempts,
  runs: STORE_KEYS.runs,
} as const;

export type LearnerData = Omit<ResumeState, 'marks'>;

function read(ns: string, key: string): string | null {
  try {
    return localStorage.getItem(namespacedKey(key, ns));
  } catch {
    return null;
  }
}

/** The learner data of namespace `ns` (initial values where nothing or nothing readable is stored). */
export function readCopy(ns: string): LearnerData {
  return {
    reading: decodeVersioned(read(ns, KEYS.reading), readingFormat).value,
    attempts: decodeVersioned(read(ns, KEYS.attempts), attemptsFormat).value,
    runs: decodeVersioned(read(ns, KEYS.runs), runsFormat).value,
  };
}

/** Writes the learner data of namespace `ns`; false when the browser refuses (full, blocked). */
export function writeCopy(ns: string, data: LearnerData): boolean {
  try {
    localStorage.setItem(namespacedKey(KEYS.reading, ns), JSON.stringify(data.reading));
    localStorage.setItem(namespacedKey(KEYS.attempts, ns), JSON.stringify(data.attempts));
    localStorage.setItem(namespacedKey(KEYS.runs, ns), JSON.stringify(data.runs));
    return true;
  } catch {
    return false;
  }
}

/** True when a `storage` event key belongs to the learner data of namespace `ns`. */
export const isLearnerKey = (ns: string, key: string | null): boolean =>
  key !== null && Object.values(KEYS).some((k) => namespacedKey(k, ns) === key);
