/**
 * The storage engine behind every persistent store, and the notices learners see about it.
 * localStorage may be missing (private mode, blocked cookies) or full; then progress is kept in
 * memory for this visit and a banner says so, instead of the page failing.
 */
import { atom } from 'nanostores';
import {
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvent,
  type PersistentEvents,
  type PersistentListener,
  type PersistentStore,
} from '@nanostores/persistent';
import { decodeVersioned, type VersionedFormat } from '../lib/storage/versioned';
import { namespacedKey, parseNamespace, storeKeyOf } from '../lib/storage/namespace';

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

/**
 * The namespace of this page's learner data: set on `<html data-tmc-ns>` by an LMS package's
 * launch script before any module runs; absent on the plain site, whose keys stay `tmc:<name>`.
 */
export const storageNamespace: string | undefined =
  typeof document === 'undefined'
    ? undefined
    : parseNamespace(document.documentElement.dataset['tmcNs']);

/** The localStorage key under which the store `key` lives on this page. */
export const storedKey = (key: string): string => namespacedKey(key, storageNamespace);

function createEngine(storage: Storage | undefined): PersistentStore {
  const memory: Record<string, string> = {};
  if (storage === undefined) return memory;
  return new Proxy(memory, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      return storage.getItem(storedKey(key)) ?? undefined;
    },
    has(target, key) {
      return typeof key === 'string' && (key in target || storage.getItem(storedKey(key)) !== null);
    },
    set(target, key, value: string) {
      if (typeof key !== 'string') return false;
      try {
        storage.setItem(storedKey(key), value);
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
        storage.removeItem(storedKey(key));
      } catch {
        // Nothing to free: the value is already gone from memory.
      }
      return true;
    },
  });
}

const wrapped = new WeakMap<PersistentListener, (event: StorageEvent) => void>();

/** `storage` events with keys of this namespace, renamed to store names; others are dropped. */
const namespacedEvents: PersistentEvents = {
  addEventListener(_key, listener, restore) {
    const onStorage = (event: StorageEvent) => {
      const name = event.key === null ? null : storeKeyOf(event.key, storageNamespace);
      // Like the window events persistent uses by default: `key` is null when storage was cleared.
      if (name !== undefined)
        listener({ key: name, newValue: event.newValue } as unknown as PersistentEvent);
    };
    wrapped.set(listener, onStorage);
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener(_key, listener, restore) {
    const onStorage = wrapped.get(listener);
    if (onStorage !== undefined) window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', restore);
  },
};

const isBrowser = typeof window !== 'undefined';
const storage = isBrowser ? probe() : undefined;
if (isBrowser) {
  if (storage === undefined) addNotice({ kind: 'unavailable' });
  setPersistentEngine(
    createEngine(storage),
    storageNamespace === undefined ? windowPersistentEvents : namespacedEvents,
  );
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
          storage?.setItem(storedKey(`${key}:backup`), raw);
        } catch {
          // A backup that cannot be written must not stop the page.
        }
      }
      return result.value;
    },
  };
}
