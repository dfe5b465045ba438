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

/**
 * A problem with stored data that the learner should know about. `recovered`: a record was
 * unreadable and its original is safely copied to `<key>:backup`; `unsaved`: a record was
 * unreadable and its backup could not be stored, so the record is left as it is and this visit's
 * progress for it stays in memory (the original can be downloaded with `unsavedRecord`). `dropped`:
 * how many records of a partly readable one held impossible values and were left out (0 when the
 * whole record was unreadable).
 */
export type StorageNotice =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  | { kind: 'recovered'; key: string; dropped: number }
  | { kind: 'unsaved'; key: string; dropped: number };

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
 * Unreadable records whose backup could not be stored, by key: the original text, kept for download.
 * Writes to these keys go to memory only, so the original is never overwritten.
 */
const unsaved = new Map<string, string>();

/** The original text of an unreadable record that could not be backed up, if `key` is one. */
export function unsavedRecord(key: string): string | undefined {
  return unsaved.get(key);
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

/** Keys whose stored value could not even be read: writes to them stay in memory. */
const unreadable = new Set<string>();

/**
 * Reads a key; when storage throws on reading it (a browser policy, a broken profile), the key is
 * treated like an unreadable record that cannot be backed up: this visit keeps it in memory and
 * never writes over what may be stored.
 */
function read(storage: Storage, key: string): string | undefined {
  try {
    return storage.getItem(storedKey(key)) ?? undefined;
  } catch {
    unreadable.add(key);
    addNotice({ kind: 'unavailable' });
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
      return read(storage, key);
    },
    has(target, key) {
      return typeof key === 'string' && (key in target || read(storage, key) !== undefined);
    },
    set(target, key, value: string) {
      if (typeof key !== 'string') return false;
      if (unsaved.has(key) || unreadable.has(key)) {
        target[key] = value;
        return true;
      }
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
      if (unsaved.has(key) || unreadable.has(key)) return true;
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

/** How a set of writes ended: in storage and read back, in this page only, or not at all. */
export type WriteOutcome = 'saved' | 'memory' | 'failed';

/**
 * Writes every entry to storage, reads each back, and on any failure puts every key back as it was:
 * all or none. Refuses to touch a record whose unreadable original could not be backed up. Without
 * usable storage (private mode) nothing durable is possible: `memory`, and the caller keeps the
 * values in the page only.
 */
export function writeAll(entries: Readonly<Record<string, string>>): WriteOutcome {
  if (storage === undefined) return 'memory';
  const keys = Object.keys(entries);
  if (keys.some((key) => unsaved.has(key) || unreadable.has(key))) return 'failed';
  let before: Map<string, string | null>;
  try {
    before = new Map(keys.map((key) => [key, storage.getItem(storedKey(key))]));
  } catch {
    return 'failed';
  }
  try {
    for (const key of keys) {
      storage.setItem(storedKey(key), entries[key]!);
      if (storage.getItem(storedKey(key)) !== entries[key])
        throw new Error(`${key} did not read back`);
    }
    return 'saved';
  } catch {
    for (const [key, value] of before) {
      try {
        if (value === null) storage.removeItem(storedKey(key));
        else storage.setItem(storedKey(key), value);
      } catch {
        // Putting back a value that was there before frees space; it cannot run out.
      }
    }
    return 'failed';
  }
}

/** Copies `raw` to `<key>:backup` and reads it back; true only when the copy is really there. */
function backUp(key: string, raw: string): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(storedKey(`${key}:backup`), raw);
    return storage.getItem(storedKey(`${key}:backup`)) === raw;
  } catch {
    return false;
  }
}

/**
 * Encoder/decoder pair for `persistentAtom`: decodes with `format`. Unreadable data is copied to
 * `<key>:backup` first; only when that copy is verifiably stored may the record be overwritten.
 * Otherwise the record is left untouched, this visit works in memory and the learner is told.
 */
export function versionedCodec<T>(key: string, format: VersionedFormat<T>) {
  return {
    encode: (value: T) => JSON.stringify(value),
    decode: (raw: string): T => {
      const result = decodeVersioned(raw, format);
      if (result.status === 'recovered') {
        const dropped = result.dropped ?? 0;
        if (backUp(key, raw)) {
          addNotice({ kind: 'recovered', key, dropped });
        } else {
          unsaved.set(key, raw);
          addNotice({ kind: 'unsaved', key, dropped });
        }
      }
      return result.value;
    },
  };
}
