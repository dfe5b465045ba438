/**
 * Checking an answer outside a scored test — a lesson's self-check, or a retry in the mistakes book:
 * whether it can be checked, whether it is right, and which message tells the learner (for a retry:
 * what it did to the book). Pure; the island shows it, the store records a retry.
 */
import { grade, type Answer, type Grade } from './grade';
import type { LearnerQuestion } from './learner';
import { fixOutcome, type MistakeEntry, type MistakesBook } from './mistakes';

/** The dictionary key of the message shown after a checked retry. */
export type RetryMessage =
  'mistakes.removedNow' | 'mistakes.sameDay' | 'mistakes.fixedToday' | 'quiz.wrong';

export type RetryCheck =
  { kind: 'incomplete' } | { kind: 'graded'; grade: Grade; message: RetryMessage };

/** An unscored self-check in a lesson: graded once complete, told only right or wrong. */
export type SelfCheck =
  { kind: 'incomplete' } | { kind: 'graded'; grade: Grade; message: 'quiz.right' | 'quiz.wrong' };

/** Checks the answer of a lesson's self-check question; nothing is recorded. */
export function checkSelf(question: LearnerQuestion, answer: Answer): SelfCheck {
  const result = grade(question, answer);
  if (!result.complete) return { kind: 'incomplete' };
  return { kind: 'graded', grade: result, message: result.correct ? 'quiz.right' : 'quiz.wrong' };
}

/** Checks a retry answered on local day `day` against the book as it was before the answer. */
export function checkRetry(
  question: LearnerQuestion,
  answer: Answer,
  book: MistakesBook,
  day: string,
): RetryCheck {
  const result = grade(question, answer);
  if (!result.complete) return { kind: 'incomplete' };
  if (!result.correct) return { kind: 'graded', grade: result, message: 'quiz.wrong' };
  const outcome = fixOutcome(book, question.id, day);
  return {
    kind: 'graded',
    grade: result,
    message:
      outcome === 'removed'
        ? 'mistakes.removedNow'
        : outcome === 'same-day'
          ? 'mistakes.sameDay'
          : 'mistakes.fixedToday',
  };
}

/** Misses and fixes as the status line of one question shows them. */
export type RetryStatus = {
  misses: number;
  fixes: number;
};

/** The status of a question in the book, counted as it would stand after a retry. */
export function statusAfterRetry(entry: MistakeEntry, correct: boolean): RetryStatus {
  return { misses: entry.misses, fixes: entry.fixes.length + (correct ? 1 : 0) };
}

/**
 * The status line of question `id`: from its entry while it is in the book, else from what was
 * kept when it was retried in this visit (it may have just left the book), else nothing yet.
 */
export function statusOf(
  book: MistakesBook,
  kept: Readonly<Record<string, RetryStatus>>,
  id: string,
): RetryStatus {
  const entry = book.entries[id];
  if (entry !== undefined) return { misses: entry.misses, fixes: entry.fixes.length };
  return kept[id] ?? { misses: 0, fixes: 0 };
}
