/**
 * Asking the browser to keep this site's data (navigator.storage.persist), so that progress is
 * not erased when the device runs short of space.
 */
import { atom } from 'nanostores';

export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';

export const $persistence = atom<Persistence>('unknown');

function manager(): StorageManager | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage !== undefined && typeof storage.persist === 'function' ? storage : undefined;
}

/** Reads whether storage is already persistent, without asking. */
export async function checkPersistence(): Promise<void> {
  const storage = manager();
  if (storage === undefined) return $persistence.set('unsupported');
  try {
    $persistence.set((await storage.persisted()) ? 'granted' : 'unknown');
  } catch {
    $persistence.set('unsupported');
  }
}

/** Asks the browser to keep the data; the answer is in `$persistence`. */
export async function requestPersistence(): Promise<void> {
  const storage = manager();
  if (storage === undefined) return $persistence.set('unsupported');
  try {
    $persistence.set((await storage.persist()) ? 'granted' : 'denied');
  } catch {
    $persistence.set('denied');
  }
}
