/**
 * Export, import and reset of all progress. Rules live in src/lib/progress (bundle, registry);
 * this module only reads and writes the stores listed there.
 */
import type { WritableAtom } from 'nanostores';
import { $reading } from './reading';
import { $quizAttempts } from './quiz-attempts';
import { $mistakes } from './mistakes';
import { $scenarioRuns } from './scenario-runs';
import { $review } from './review';
import { writeAll, type WriteOutcome } from './storage';
import {
  STORES,
  type ProgressStoreName,
  type ProgressValues,
  type StoreSpec,
} from '../lib/progress/registry';
import {
  applyImport,
  buildBundle,
  bundleText,
  MAX_BYTES,
  readBundle,
  summarize,
  type ImportMode,
  type ImportSummary,
  type ImportError,
} from '../lib/progress/bundle';

/** The atom of each registry entry, by name: a new entry without an atom fails the type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ATOMS: Record<ProgressStoreName, WritableAtom<any>> = {
  reading: $reading,
  attempts: $quizAttempts,
  mistakes: $mistakes,
  runs: $scenarioRuns,
  review: $review,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const atomOf = (spec: StoreSpec<any>) => ATOMS[spec.name];

/** Every progress store's current value, by key. */
export function currentValues(): ProgressValues {
  return Object.fromEntries(STORES.map((s) => [s.key, atomOf(s).get()]));
}

/** The export file's name and text. */
export function exportProgress(
  content: string,
  now: Date = new Date(),
): { name: string; text: string } {
  const stamp = now.toISOString().slice(0, 10);
  return {
    name: `tmc-sales-progress-${stamp}.json`,
    text: bundleText(buildBundle(currentValues(), now.toISOString(), content)),
  };
}

export type PreparedImport =
  | { ok: true; values: ProgressValues; summary: ImportSummary; exportedAt: string }
  | { ok: false; error: ImportError | 'unreadable' };

/** Checks a chosen file completely; touches no store. */
export function prepareImport(text: string, bytes: number, content: string): PreparedImport {
  const read = readBundle(text, bytes);
  if (!read.ok) return read;
  return {
    ok: true,
    values: read.values,
    summary: summarize(currentValues(), read.values, read.bundle.content, content, new Date()),
    exportedAt: read.bundle.exportedAt,
  };
}

/**
 * Checks a file the learner chose; a file over the limit is refused without being read. Never
 * rejects: a file the browser cannot read, or any unforeseen failure, ends as `unreadable`.
 */
export async function prepareImportFile(file: Blob, content: string): Promise<PreparedImport> {
  if (file.size > MAX_BYTES) return { ok: false, error: 'too-large' };
  try {
    return prepareImport(await file.text(), file.size, content);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

/**
 * Writes a checked import into the stores, merging or replacing: every store is written to storage
 * and read back, or none is (`failed`: storage and page unchanged). `memory`: the browser allows no
 * storage, so the import lives in this page only.
 */
export function commitImport(values: ProgressValues, mode: ImportMode): WriteOutcome {
  const next = applyImport(currentValues(), values, mode, new Date());
  const outcome = writeAll(
    Object.fromEntries(STORES.map((spec) => [spec.key, JSON.stringify(next[spec.key])])),
  );
  if (outcome !== 'failed') for (const spec of STORES) atomOf(spec).set(next[spec.key]);
  return outcome;
}

/**
 * Erases all progress: every store back to its empty value, all written or none (as an import).
 * Each store is read first, so a record that could not be read and not backed up is known and, by
 * the storage rule, never written over: the reset then changes nothing and says `failed`.
 */
export function resetProgress(): WriteOutcome {
  currentValues();
  const outcome = writeAll(
    Object.fromEntries(STORES.map((spec) => [spec.key, JSON.stringify(spec.format.initial())])),
  );
  if (outcome !== 'failed') for (const spec of STORES) atomOf(spec).set(spec.format.initial());
  return outcome;
}
