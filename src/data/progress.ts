/**
 * Course data the progress pages need, computed at build: the course shape for the dashboard,
 * the content version written into exports, and the review cards.
 */
import { getCollection } from 'astro:content';
import { getLessons } from './course';
import { getPools } from './quizzes';
import { getScenarios } from './scenarios';
import { lessonHref } from '../lib/course/navigation';
import { scenarioDataHref } from '../lib/content/data-files';
import { contentVersion } from '../lib/progress/bundle';
import type { DashCourse } from '../lib/progress/dashboard';
import type { ReviewCardDef } from '../lib/review/queue';
import { briefingBullets, pointCards } from '../lib/review/content';

export const testHref = (lesson: string): string => `/lessons/${lesson}/test/`;
export const EXAM_HREF = '/practice/exam/';
export const scenarioHref = (id: string): string => `/scenarios/${id}/`;

/** Everything the dashboard island needs. */
export async function dashboardProps() {
  const [lessons, pools, scenarios] = await Promise.all([getLessons(), getPools(), getScenarios()]);
  const tests = pools.map((p) => p.lesson);
  const course: DashCourse = {
    lessons: lessons.map((l) => l.id),
    tests,
    hasExam: tests.length > 0,
    // No definitions: the dashboard loads the shared files of the scenarios the learner played.
    scenarios: scenarios.map((s) => ({
      id: s.def.id,
      href: scenarioDataHref(s.def.id),
      max: s.max,
    })),
  };
  return {
    course,
    lessons: lessons.map((l) => ({ id: l.id, title: l.title, href: lessonHref(l.id) })),
    testHrefs: Object.fromEntries([...tests.map((id) => [id, testHref(id)]), ['exam', EXAM_HREF]]),
    scenarios: scenarios.map((s) => ({
      id: s.def.id,
      title: s.def.title,
      href: scenarioHref(s.def.id),
    })),
  };
}

/** A hash of every id stored progress refers to; changes when lessons, questions or scenarios change. */
export async function getContentVersion(): Promise<string> {
  const [lessons, pools, scenarios] = await Promise.all([getLessons(), getPools(), getScenarios()]);
  return contentVersion([
    ...lessons.map((l) => `lesson:${l.id}`),
    ...pools.flatMap((p) => p.questions.map((q) => `question:${q.id}`)),
    ...scenarios.map((s) => `scenario:${s.def.id}`),
  ]);
}

/**
 * The review cards written into the review page: one per lesson objective. The question cards
 * (shown once a question is missed) are made in the browser from the shared bank files
 * (`courseCards`), so the page does not carry the banks again.
 */
export async function getReviewPoints(): Promise<ReviewCardDef[]> {
  const [lessons, entries] = await Promise.all([getLessons(), getCollection('lessons')]);
  return lessons.flatMap((lesson) => {
    const body = entries.find((e) => e.id === lesson.id)?.body ?? '';
    return pointCards(lesson, briefingBullets(body), lessonHref(lesson.id, 'briefing'));
  });
}
