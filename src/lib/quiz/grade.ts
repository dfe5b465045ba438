/**
 * Grading. An answer is a plain list of ids, so it can be stored as JSON as it is:
 * - single, case: `[optionId]`; multiple: the chosen option ids (any order);
 * - truefalse: `['true']` or `['false']`;
 * - ordering: `answer[i]` is the item id placed at step i + 1 (`''` for none);
 * - matching: `answer[i]` is the choice id given to `pairs[i]` (`''` for none).
 * Every kind scores all-or-nothing; `parts` says which parts were right, for feedback.
 */
import type { LearnerQuestion } from './learner';
import { assertNever } from '../util/guards';

export type Answer = readonly string[];

export interface Grade {
  correct: boolean;
  /** False when something was left unanswered. */
  complete: boolean;
  /**
   * Per part, in authored order: options (chosen exactly when it should be), steps, pairs, or the
   * single true/false value.
   */
  parts: boolean[];
}

/** Grades one answer. Unknown ids in the answer count as wrong; the question is never changed. */
export function grade(question: LearnerQuestion, answer: Answer): Grade {
  switch (question.type) {
    case 'single':
    case 'case':
    case 'multiple': {
      const chosen = new Set(answer.filter((id) => id !== ''));
      const parts = question.options.map((option) => chosen.has(option.id) === option.correct);
      const known = [...chosen].every((id) => question.options.some((option) => option.id === id));
      const complete = question.type === 'multiple' ? chosen.size > 0 : chosen.size === 1;
      return { correct: complete && known && parts.every(Boolean), complete, parts };
    }
    case 'truefalse': {
      const value = answer[0];
      const complete = value === 'true' || value === 'false';
      const right = complete && (value === 'true') === question.answer;
      return { correct: right, complete, parts: [right] };
    }
    case 'ordering': {
      const parts = question.items.map((item, i) => answer[i] === item.id);
      const complete = question.items.every((_, i) => (answer[i] ?? '') !== '');
      return { correct: parts.every(Boolean), complete, parts };
    }
    case 'matching': {
      const parts = question.pairs.map((pair, i) => answer[i] === pair.match);
      const complete = question.pairs.every((_, i) => (answer[i] ?? '') !== '');
      return { correct: parts.every(Boolean), complete, parts };
    }
    default:
      return assertNever(question);
  }
}

/** Whether the learner has given a full answer (the submit check uses this). */
export function isComplete(question: LearnerQuestion, answer: Answer | undefined): boolean {
  return answer !== undefined && grade(question, answer).complete;
}

export interface Score {
  right: string[];
  total: number;
  /** Whole percent, 0–100. */
  percent: number;
}

/** Scores an attempt: one point per question answered fully right. */
export function scoreAttempt(
  questions: readonly LearnerQuestion[],
  answers: Readonly<Record<string, Answer>>,
): Score {
  const right = questions.filter((q) => grade(q, answers[q.id] ?? []).correct).map((q) => q.id);
  const total = questions.length;
  return { right, total, percent: total === 0 ? 0 : Math.round((right.length / total) * 100) };
}

/** Whether `percent` reaches the pass mark (e.g. 80). */
export function hasPassed(percent: number, passMark: number): boolean {
  return percent >= passMark;
}
