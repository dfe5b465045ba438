import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { markRead, markUnread, readingFormat, type ReadingProgress } from '../lib/progress/reading';
import { STORE_KEYS } from '../lib/storage/keys';

export const READING_KEY = STORE_KEYS.reading;

/** Which lessons the learner marked as read; synced across open tabs. */
export const $reading = persistentAtom<ReadingProgress>(
  READING_KEY,
  readingFormat.initial(),
  versionedCodec(READING_KEY, readingFormat),
);

/**
 * What the server rendered with. Islands pass `{ ssr: readingAtServer }` to `useStore`: the
 * persistent atom's `init` is the value read from storage, so `ssr: 'initial'` would make the first
 * client render differ from the HTML, and Preact does not patch attributes while hydrating.
 */
const SERVER_VALUE = readingFormat.initial();
export const readingAtServer = (): ReadingProgress => SERVER_VALUE;

export function markLessonRead(id: string, now: Date = new Date()): void {
  $reading.set(markRead($reading.get(), id, now.toISOString()));
}

export function markLessonUnread(id: string): void {
  $reading.set(markUnread($reading.get(), id));
}
