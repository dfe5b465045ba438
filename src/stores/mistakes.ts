import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { STORE_KEYS } from '../lib/storage/keys';
import { checkRetry, type RetryCheck } from '../lib/quiz/retry';
import type { Answer } from '../lib/quiz/grade';
import type { LearnerQuestion } from '../lib/quiz/learner';
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

/**
 * Checks a retry from the mistakes book against the book as it stands, and records it once it can
 * be graded (an incomplete answer changes nothing). Returns what the learner is told.
 */
export function retryMistake(
  question: LearnerQuestion,
  answer: Answer,
  now: Date = new Date(),
): RetryCheck {
  const check = checkRetry(question, answer, $mistakes.get(), localDay(now));
  if (check.kind === 'graded')
    recordResults(
      [{ questionId: question.id, lesson: question.lesson, correct: check.grade.correct }],
      now,
    );
  return check;
}
