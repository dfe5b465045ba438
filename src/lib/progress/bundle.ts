/**
 * The export file: all progress in one JSON document, and the checks an imported file must pass
 * before anything in storage is touched.
 *
 * File JSON (schema 1):
 *   { "format": "tmc-sales-progress", "schema": 1, "exportedAt": ISO, "content": "<content version>",
 *     "checksum": "<cyrb53 of canonicalJson(stores)>",
 *     "stores": { "tmc:reading": { "v": 1, … }, "tmc:quiz-attempts": { … }, … } }
 * Each store payload is that store's own versioned JSON, so an older export is migrated by the
 * store's own migrations. Version history:
 *   schema 1 (2026-11) — first version.
 */
import { decodeVersioned } from '../storage/versioned';
import { canonicalJson, hashText } from './hash';
import { STORES, type CountKind, type ProgressValues } from './registry';
import { isRecord } from '../util/guards';

export const FORMAT = 'tmc-sales-progress';
export const SCHEMA = 1;
/**
 * Files larger than this are refused before they are read. A learner who did everything as often as
 * the stores keep it (every question missed, 20 attempts per test, 50 runs, every card reviewed)
 * exports about 300 KB, so the limit leaves room for content growth and rejects stray big files.
 */
export const MAX_BYTES = 2 * 1024 * 1024;

export interface Bundle {
  format: typeof FORMAT;
  schema: number;
  exportedAt: string;
  content: string;
  checksum: string;
  stores: ProgressValues;
}

/** Why a file was refused; each has a pinned message in the dictionary (`progress.import.error.<code>`). */
export type ImportError =
  'too-large' | 'empty' | 'not-ours' | 'truncated' | 'syntax' | 'tampered' | 'newer' | 'damaged';

/**
 * Deepest nesting an export can have is about ten levels (file → stores → store → test → attempts →
 * attempt → answers → answer); anything deeper is refused before any recursive step (hashing,
 * decoding) could overflow the stack.
 */
export const MAX_DEPTH = 32;

/** Whether `value` nests no deeper than `max` (checked without recursion). */
export function nestsWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Whether text that does not parse ends open (inside a string, object or array): cut short. */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') depth -= 1;
  }
  return inString || depth > 0;
}

export type ReadResult =
  { ok: true; bundle: Bundle; values: ProgressValues } | { ok: false; error: ImportError };

/** Builds the export of `values` (stored values by key; missing stores export as empty). */
export function buildBundle(values: ProgressValues, exportedAt: string, content: string): Bundle {
  const stores: ProgressValues = {};
  for (const spec of STORES) stores[spec.key] = values[spec.key] ?? spec.format.initial();
  return {
    format: FORMAT,
    schema: SCHEMA,
    exportedAt,
    content,
    checksum: hashText(canonicalJson(stores)),
    stores,
  };
}

/** The file text: readable, one store per block. */
export function bundleText(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 1)}\n`;
}

/**
 * Checks a file completely: size, JSON, format, schema version, checksum, then every store with
 * its own format (a store written by a newer version is refused as `newer`, unreadable parts as
 * `damaged`; nothing is salvaged silently). `bytes` is the file's size as the browser reports it.
 */
export function readBundle(text: string, bytes: number): ReadResult {
  if (bytes > MAX_BYTES || text.length > MAX_BYTES) return { ok: false, error: 'too-large' };
  if (text.trim() === '') return { ok: false, error: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (!text.includes(`"${FORMAT}"`)) return { ok: false, error: 'not-ours' };
    return { ok: false, error: endsOpen(text) ? 'truncated' : 'syntax' };
  }
  if (!isRecord(data) || data['format'] !== FORMAT) return { ok: false, error: 'not-ours' };
  if (!nestsWithin(data, MAX_DEPTH)) return { ok: false, error: 'damaged' };
  const { schema, exportedAt, content, checksum, stores } = data;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1)
    return { ok: false, error: 'damaged' };
  if (schema > SCHEMA) return { ok: false, error: 'newer' };
  if (
    typeof exportedAt !== 'string' ||
    Number.isNaN(Date.parse(exportedAt)) ||
    typeof content !== 'string'
  )
    return { ok: false, error: 'damaged' };
  if (typeof checksum !== 'string' || !isRecord(stores)) return { ok: false, error: 'damaged' };
  if (hashText(canonicalJson(stores)) !== checksum) return { ok: false, error: 'tampered' };
  const values: ProgressValues = {};
  for (const spec of STORES) {
    const raw = stores[spec.key];
    if (raw === undefined) {
      values[spec.key] = spec.format.initial();
      continue;
    }
    if (isRecord(raw) && typeof raw['v'] === 'number' && raw['v'] > spec.format.version)
      return { ok: false, error: 'newer' };
    const decoded = decodeVersioned(JSON.stringify(raw), spec.format);
    if (decoded.status === 'recovered' || decoded.status === 'empty')
      return { ok: false, error: 'damaged' };
    values[spec.key] = decoded.value;
  }
  const bundle: Bundle = { format: FORMAT, schema, exportedAt, content, checksum, stores };
  return { ok: true, bundle, values };
}

export type ImportMode = 'merge' | 'replace';

/** Each store after merging `incoming` into `current` at `now`, with what did not fit. */
function mergeAll(
  current: ProgressValues,
  incoming: ProgressValues,
  now: Date,
): Record<string, { value: unknown; left: number }> {
  const out: Record<string, { value: unknown; left: number }> = {};
  for (const spec of STORES) {
    const mine: unknown = current[spec.key] ?? spec.format.initial();
    const theirs: unknown = incoming[spec.key] ?? spec.format.initial();
    out[spec.key] = spec.merge(mine, theirs, now);
  }
  return out;
}

/** The values after importing `incoming` over `current` at `now`. */
export function applyImport(
  current: ProgressValues,
  incoming: ProgressValues,
  mode: ImportMode,
  now: Date,
): ProgressValues {
  if (mode === 'replace') {
    const out: ProgressValues = {};
    for (const spec of STORES) out[spec.key] = incoming[spec.key] ?? spec.format.initial();
    return out;
  }
  const merged = mergeAll(current, incoming, now);
  return Object.fromEntries(STORES.map((s) => [s.key, merged[s.key]?.value]));
}

export interface ChangeLine {
  kind: CountKind;
  /** Count now, in the file, after a merge. */
  mine: number;
  file: number;
  merged: number;
  /** The file's records a merge leaves out because the store is full (every record here is kept). */
  left: number;
}

export interface ImportSummary {
  lines: ChangeLine[];
  /** Whether the file's newest record is newer than the newest one here. */
  fileIsNewer: boolean;
  /** The file was exported from another version of the course content. */
  otherContent: boolean;
}

/** What an import would change, for the learner to decide between merge and replace. */
export function summarize(
  current: ProgressValues,
  incoming: ProgressValues,
  fileContent: string,
  siteContent: string,
  now: Date,
): ImportSummary {
  const merged = mergeAll(current, incoming, now);
  const latest = (values: ProgressValues) =>
    STORES.map(
      (s) => s.latest(values[s.key] ?? s.format.initial()) as string | undefined,
    ).reduce<string>((a, b) => (b !== undefined && b > a ? b : a), '');
  return {
    lines: STORES.map((s) => ({
      kind: s.countKind,
      mine: s.count(current[s.key] ?? s.format.initial()),
      file: s.count(incoming[s.key] ?? s.format.initial()),
      merged: s.count(merged[s.key]?.value),
      left: merged[s.key]?.left ?? 0,
    })),
    fileIsNewer: latest(incoming) > latest(current),
    otherContent: fileContent !== siteContent,
  };
}

/** A content version: a hash of every content id the progress refers to (lessons, questions, scenarios). */
export function contentVersion(ids: readonly string[]): string {
  return hashText([...ids].sort().join('\n')).slice(-8);
}
