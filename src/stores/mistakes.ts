import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { STORE_KEYS } from '../lib/storage/keys';
import {
  localDay,
  mistakesFormat,
  recordAnswers,
  type AnswerEvent,
  type MistakesBook,
} from '../lib/quiz/mistakes';

export const MISTAKES_KEY = STORE_KEYS.mistakes;

/** The mistakes book (错题本); synced across open tabs. */
export const $mistakes = persistentAtom<MistakesBook>(
  MISTAKES_KEY,
  mistakesFormat.initial(),
  versionedCodec(MISTAKES_KEY, mistakesFormat),
);

/** Server-side value for `useStore($mistakes, { ssr: mistakesAtServer })` (see stores/reading.ts). */
const SERVER_VALUE = mistakesFormat.initial();
export const mistakesAtServer = (): MistakesBook => SERVER_VALUE;

/** Records graded answers (a test, the exam or a retry from the book) on the local date of `now`. */
export function recordResults(
  results: readonly Omit<AnswerEvent, 'day'>[],
  now: Date = new Date(),
): void {
  const day = localDay(now);
  $mistakes.set(
    recordAnswers(
      $mistakes.get(),
      results.map((r) => ({ ...r, day })),
    ),
  );
}
