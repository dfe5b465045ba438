import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { recordResults } from './mistakes';
import { attemptsFormat, recordAttempt, startDraw, type QuizAttempts } from '../lib/quiz/attempts';
import { grade, scoreAttempt, type Answer } from '../lib/quiz/grade';
import type { LearnerQuestion } from '../lib/quiz/learner';
import { unanswered } from '../lib/quiz/test-run';
import { STORE_KEYS } from '../lib/storage/keys';

export const ATTEMPTS_KEY = STORE_KEYS.attempts;

/** Current draws and attempt history of lesson tests and the exam; synced across open tabs. */
export const $quizAttempts = persistentAtom<QuizAttempts>(
  ATTEMPTS_KEY,
  attemptsFormat.initial(),
  versionedCodec(ATTEMPTS_KEY, attemptsFormat),
);

/** Server-side value for `useStore($quizAttempts, { ssr: quizAttemptsAtServer })` (see stores/reading.ts). */
const SERVER_VALUE = attemptsFormat.initial();
export const quizAttemptsAtServer = (): QuizAttempts => SERVER_VALUE;

const newSeed = () => Math.floor(Math.random() * 0xffffffff);

/** Makes sure a test has a current draw (first visit); returns its seed. */
export function ensureDraw(testId: string, seed: number = newSeed()): number {
  const current = $quizAttempts.get().tests[testId]?.seed;
  if (current !== undefined) return current;
  $quizAttempts.set(startDraw($quizAttempts.get(), testId, seed));
  return seed;
}

/** Starts a fresh draw for a retry. */
export function newDraw(testId: string, seed: number = newSeed()): void {
  const previous = $quizAttempts.get().tests[testId]?.seed;
  $quizAttempts.set(
    startDraw($quizAttempts.get(), testId, seed === previous ? (seed + 1) >>> 0 : seed),
  );
}

/** Grades and saves a submitted test, and files wrong answers in the mistakes book. */
export function submitAttempt(
  testId: string,
  seed: number,
  questions: readonly LearnerQuestion[],
  answers: Readonly<Record<string, Answer>>,
  now: Date = new Date(),
): void {
  const score = scoreAttempt(questions, answers);
  const ids = questions.map((q) => q.id);
  $quizAttempts.set(
    recordAttempt($quizAttempts.get(), testId, {
      seed,
      at: now.toISOString(),
      ids,
      answers,
      right: score.right,
      percent: score.percent,
    }),
  );
  recordResults(
    questions.map((q) => ({
      questionId: q.id,
      lesson: q.lesson,
      correct: grade(q, answers[q.id] ?? []).correct,
    })),
    now,
  );
}

/**
 * Submits a test: when every drawn question has a complete answer, grades and saves it (see
 * `submitAttempt`); otherwise saves nothing. Returns the questions still unanswered, in draw order.
 */
export function submitTest(
  testId: string,
  seed: number,
  drawn: readonly LearnerQuestion[],
  answers: Readonly<Record<string, Answer>>,
  now: Date = new Date(),
): LearnerQuestion[] {
  const open = unanswered(drawn, answers);
  if (open.length === 0) submitAttempt(testId, seed, drawn, answers, now);
  return open;
}
