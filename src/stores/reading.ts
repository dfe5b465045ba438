import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { markRead, markUnread, readingFormat, type ReadingProgress } from '../lib/progress/reading';

export const READING_KEY = 'tmc:reading';

/** Which lessons the learner marked as read; synced across open tabs. */
export const $reading = persistentAtom<ReadingProgress>(
  READING_KEY,
  readingFormat.initial(),
  versionedCodec(READING_KEY, readingFormat),
);

export function markLessonRead(id: string, now: Date = new Date()): void {
  $reading.set(markRead($reading.get(), id, now.toISOString()));
}

export function markLessonUnread(id: string): void {
  $reading.set(markUnread($reading.get(), id));
}
