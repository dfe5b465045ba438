/**
 * A scored test as the test page shows it: the questions of a draw, what is still unanswered on
 * submit, and the review of the current result. Pure: the island renders these, the store saves.
 */
import type { Attempt } from './attempts';
import { displayOrder, drawExam, type Pool } from './draw';
import { grade, hasPassed, isComplete, type Answer, type Grade } from './grade';
import type { LearnerQuestion } from './learner';
import { createRng } from './random';

/** The questions of the draw with this seed (none before the first draw is made). */
export function drawnQuestions<T>(
  pools: readonly Pool<T>[],
  count: number,
  seed: number | undefined,
): T[] {
  return seed === undefined ? [] : drawExam(pools, count, createRng(seed));
}

/** The drawn questions still without a complete answer, in draw order. */
export function unanswered(
  drawn: readonly LearnerQuestion[],
  answers: Readonly<Record<string, Answer>>,
): LearnerQuestion[] {
  return drawn.filter((q) => !isComplete(q, answers[q.id]));
}

/** One question of a submitted attempt as the review shows it: locked, with its grade. */
export interface ReviewedQuestion {
  question: LearnerQuestion;
  order: string[];
  answer: Answer;
  grade: Grade;
}

/** The review of a submitted attempt. */
export interface Review {
  passed: boolean;
  /** Questions of the attempt that are no longer in the bank (left out of `questions`). */
  removed: number;
  questions: ReviewedQuestion[];
}

/** The review of `result`, graded again against the current questions (`byId`). */
export function reviewOf(
  result: Attempt,
  byId: ReadonlyMap<string, LearnerQuestion>,
  passMark: number,
): Review {
  const shown = result.ids.map((id) => byId.get(id)).filter((q) => q !== undefined);
  return {
    passed: hasPassed(result.percent, passMark),
    removed: result.ids.length - shown.length,
    questions: shown.map((question) => {
      const answer = result.answers[question.id] ?? [];
      return {
        question,
        order: displayOrder(question, result.seed),
        answer,
        grade: grade(question, answer),
      };
    }),
  };
}
