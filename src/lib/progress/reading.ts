/**
 * Reading progress: which lessons the learner has marked as read.
 *
 * Stored JSON (key `tmc:reading`):
 *   { "v": 1, "read": { "<lessonId>": "<ISO time it was marked read>" } }
 * Version history:
 *   v1 (2026-11) — first version.
 * Ids of lessons that no longer exist are kept (a lesson may come back) but never counted.
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import { isId } from '../util/guards';
import { isIsoTime } from '../time/clock';

export interface ReadingProgress {
  v: 1;
  read: Record<string, string>;
}

function parseReading(payload: Record<string, unknown>): Parsed<ReadingProgress> | undefined {
  const read = payload['read'];
  if (typeof read !== 'object' || read === null || Array.isArray(read)) return undefined;
  const kept: Record<string, string> = {};
  let dropped = 0;
  for (const [id, at] of Object.entries(read)) {
    if (isId(id) && isIsoTime(at)) kept[id] = at;
    else dropped += 1;
  }
  return { value: { v: 1, read: kept }, dropped };
}

export const readingFormat: VersionedFormat<ReadingProgress> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseReading,
  initial: () => ({ v: 1, read: {} }),
};

/** Marks a lesson read at `at` (an ISO time); a lesson already read keeps its first time. */
export function markRead(progress: ReadingProgress, id: string, at: string): ReadingProgress {
  if (progress.read[id] !== undefined) return progress;
  return { ...progress, read: { ...progress.read, [id]: at } };
}

/** Marks a lesson unread again. */
export function markUnread(progress: ReadingProgress, id: string): ReadingProgress {
  if (progress.read[id] === undefined) return progress;
  const { [id]: _removed, ...rest } = progress.read;
  return { ...progress, read: rest };
}

export interface CourseCompletion {
  read: number;
  total: number;
  /** Whole percent, 0–100. */
  percent: number;
}

/** How much of the course (the given lesson ids) is read; unknown ids in storage are ignored. */
export function completion(
  progress: ReadingProgress,
  lessonIds: readonly string[],
): CourseCompletion {
  const read = lessonIds.filter((id) => progress.read[id] !== undefined).length;
  const total = lessonIds.length;
  return { read, total, percent: total === 0 ? 0 : Math.round((read / total) * 100) };
}
