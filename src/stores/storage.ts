/**
 * The storage engine behind every persistent store, and the notices learners see about it.
 * localStorage may be missing (private mode, blocked cookies) or full; then progress is kept in
 * memory for this visit and a banner says so, instead of the page failing.
 */
import { atom } from 'nanostores';
import {
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentStore,
} from '@nanostores/persistent';
import { decodeVersioned, type VersionedFormat } from '../lib/storage/versioned';

/** A problem with stored data that the learner should know about. */
export type StorageNotice =
  { kind: 'unavailable' } | { kind: 'full' } | { kind: 'recovered'; key: string };

export const $storageNotices = atom<StorageNotice[]>([]);

function addNotice(notice: StorageNotice): void {
  const same = (n: StorageNotice) =>
    n.kind === notice.kind && JSON.stringify(n) === JSON.stringify(notice);
  if (!$storageNotices.get().some(same)) $storageNotices.set([...$storageNotices.get(), notice]);
}

/** Dismisses all notices of one kind. */
export function dismissNotices(kind: StorageNotice['kind']): void {
  $storageNotices.set($storageNotices.get().filter((n) => n.kind !== kind));
}

function probe(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const key = 'tmc:probe';
    storage.setItem(key, '1');
    storage.removeItem(key);
    return storage;
  } catch {
    return undefined;
  }
}

function createEngine(storage: Storage | undefined): PersistentStore {
  const memory: Record<string, string> = {};
  if (storage === undefined) return memory;
  return new Proxy(memory, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      return storage.getItem(key) ?? undefined;
    },
    has(target, key) {
      return typeof key === 'string' && (key in target || storage.getItem(key) !== null);
    },
    set(target, key, value: string) {
      if (typeof key !== 'string') return false;
      try {
        storage.setItem(key, value);
        delete target[key];
      } catch {
        target[key] = value;
        addNotice({ kind: 'full' });
      }
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return false;
      delete target[key];
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to free: the value is already gone from memory.
      }
      return true;
    },
  });
}

const isBrowser = typeof window !== 'undefined';
const storage = isBrowser ? probe() : undefined;
if (isBrowser) {
  if (storage === undefined) addNotice({ kind: 'unavailable' });
  setPersistentEngine(createEngine(storage), windowPersistentEvents);
}

/**
 * Encoder/decoder pair for `persistentAtom`: decodes with `format`, keeps a copy of unreadable
 * data under `<key>:backup` so nothing is silently thrown away, and raises a notice.
 */
export function versionedCodec<T>(key: string, format: VersionedFormat<T>) {
  return {
    encode: (value: T) => JSON.stringify(value),
    decode: (raw: string): T => {
      const result = decodeVersioned(raw, format);
      if (result.status === 'recovered') {
        addNotice({ kind: 'recovered', key });
        try {
          storage?.setItem(`${key}:backup`, raw);
        } catch {
          // A backup that cannot be written must not stop the page.
        }
      }
      return result.value;
    },
  };
}
