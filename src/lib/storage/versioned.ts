/**
 * Decoding of versioned JSON kept in browser storage. Every persisted payload is an object with a
 * numeric `v`; older versions are migrated step by step, unreadable data falls back to a fresh
 * value and says so, so a page never crashes on what it finds in storage.
 */
import { isRecord } from '../util/guards';

/** How a stored value was read. */
export type DecodeStatus = 'empty' | 'ok' | 'migrated' | 'recovered';

export interface DecodeResult<T> {
  value: T;
  status: DecodeStatus;
  /**
   * With `recovered` when only parts were left out: how many records (a lesson read, an attempt,
   * a card, a run, a code…) were unreadable or held impossible values. Absent otherwise.
   */
  dropped?: number;
}

/** What a parser salvaged from a payload of the current version. */
export interface Parsed<T> {
  value: T;
  /** How many records were unreadable or impossible and left out (0: none). */
  dropped: number;
}

export interface VersionedFormat<T> {
  /** The version this code writes. */
  version: number;
  /** The oldest version this code can still migrate from (inkjs keeps the same pair). */
  minVersion: number;
  /** `migrations[n]` turns a payload of version n into version n + 1. */
  migrations: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;
  /** Checks a payload of the current version; `undefined` when nothing can be salvaged. */
  parse: (payload: Record<string, unknown>) => Parsed<T> | undefined;
  initial: () => T;
}

/** Reads a stored string in `format`; never throws. */
export function decodeVersioned<T>(
  raw: string | null | undefined,
  format: VersionedFormat<T>,
): DecodeResult<T> {
  if (raw === null || raw === undefined || raw === '')
    return { value: format.initial(), status: 'empty' };
  const recovered = (): DecodeResult<T> => ({ value: format.initial(), status: 'recovered' });
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return recovered();
  }
  if (!isRecord(payload) || typeof payload['v'] !== 'number' || !Number.isInteger(payload['v']))
    return recovered();
  let version = payload['v'];
  if (version < format.minVersion || version > format.version) return recovered();
  let current: Record<string, unknown> = payload;
  const migrated = version < format.version;
  while (version < format.version) {
    const step = format.migrations[version];
    if (step === undefined) return recovered();
    try {
      current = step(current);
    } catch {
      return recovered();
    }
    version += 1;
  }
  const parsed = format.parse(current);
  if (parsed === undefined) return recovered();
  if (parsed.dropped > 0)
    return { value: parsed.value, status: 'recovered', dropped: parsed.dropped };
  return { value: parsed.value, status: migrated ? 'migrated' : 'ok' };
}
