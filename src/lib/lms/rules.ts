/**
 * The course's rules for an LMS, in one place. `docs/lms.md` explains them to LMS administrators;
 * the package manifests (mastery score) and the adapter read them from here.
 */
import type { LmsCourse } from './course';
import { EXAM_ID } from './course';
import type { ReadingProgress } from '../progress/reading';
import type { QuizAttempts } from '../quiz/attempts';

export const LMS_RULES = {
  /** Completed when every lesson of the course is marked read (all seven). */
  completion: 'all-lessons-read',
  /** Passed when the best final-exam attempt reaches this percentage; failed below it. */
  passingPercent: 80,
  /** The score reported to the LMS: the best final-exam attempt, 0–100. */
  scoreTest: EXAM_ID,
  /**
   * cmi5 `moveOn` of the course's one AU: the LMS counts the AU as satisfied once it is both
   * completed (every lesson read) and passed (exam at or above the mastery score).
   */
  cmi5MoveOn: 'CompletedAndPassed',
} as const;

export type Success = 'passed' | 'failed' | 'unknown';

export interface LmsStatus {
  lessonsRead: number;
  lessonsTotal: number;
  completed: boolean;
  success: Success;
  /** Best exam percentage, or `undefined` before the first exam attempt. */
  score: number | undefined;
}

/**
 * The status under the rules. `passingPercent` may come from the LMS (SCORM 1.2
 * `cmi.student_data.mastery_score`, 2004 `cmi.scaled_passing_score`, cmi5 `masteryScore`), which
 * then takes precedence over the course's own 80 %.
 */
export function lmsStatus(
  course: LmsCourse,
  reading: ReadingProgress,
  attempts: QuizAttempts,
  passingPercent: number = LMS_RULES.passingPercent,
): LmsStatus {
  const lessonsRead = course.lessons.filter((l) => reading.read[l.id] !== undefined).length;
  const exam = attempts.tests[LMS_RULES.scoreTest]?.attempts ?? [];
  const score = exam.length === 0 ? undefined : Math.max(...exam.map((a) => a.percent));
  const success: Success =
    score === undefined ? 'unknown' : score >= passingPercent ? 'passed' : 'failed';
  return {
    lessonsRead,
    lessonsTotal: course.lessons.length,
    completed: lessonsRead === course.lessons.length,
    success,
    score,
  };
}

/**
 * SCORM 1.2 has one status field: success wins over completion (`passed`, `failed`), then
 * `completed` once every lesson is read, else `incomplete`.
 */
export function scorm12Status(status: LmsStatus): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (status.success !== 'unknown') return status.success;
  return status.completed ? 'completed' : 'incomplete';
}
