/**
 * What a course package's LMS adapter knows about the course: ids and answer keys only, no text.
 * Built from the content at packaging time (`src/lms/course-data.ts`) and bundled with the adapter.
 * Positions in these lists are the authored order; SCORM 1.2 letters and the resume codec use them.
 */
import type { QuestionType } from '../../schemas/quiz';

export interface LmsQuestion {
  id: string;
  lesson: string;
  type: QuestionType;
  /** single, multiple, case: option ids in authored order and which are right. */
  options?: { id: string; correct: boolean }[];
  /** truefalse: the right answer. */
  answer?: boolean;
  /** ordering: item ids in the right order (= authored order). */
  items?: string[];
  /** matching: pair ids and the choice id each pair matches, in authored order. */
  pairs?: { id: string; match: string }[];
  /** matching: choice ids in authored order. */
  choices?: string[];
}

export interface LmsScenario {
  id: string;
  /** Every node id in authored order. */
  nodes: string[];
  /** Decision nodes: their choice ids in authored order. */
  decisions: Record<string, string[]>;
  /** Case ids in authored order. */
  cases: string[];
}

export interface LmsCourse {
  /** ASCII course id; part of storage namespaces and of the package identifiers. */
  id: string;
  title: string;
  /** Lessons in course order. */
  lessons: { id: string; title: string }[];
  /** Every question of every bank, bank by bank in course order. */
  questions: LmsQuestion[];
  scenarios: LmsScenario[];
  /** Hash of every id above: resume data written for other content is not trusted. */
  fingerprint: string;
}

/** Test ids: one per lesson (its lesson test) plus the final exam. */
export const EXAM_ID = 'exam';
export const testIds = (course: LmsCourse): string[] => [
  ...course.lessons.map((l) => l.id),
  EXAM_ID,
];
