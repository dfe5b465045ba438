/**
 * Course data the progress pages need, computed at build: the course shape for the dashboard,
 * the content version written into exports, and the review cards.
 */
import { getCollection } from 'astro:content';
import { getLessons } from './course';
import { getPools } from './quizzes';
import { getScenarios } from './scenarios';
import { lessonHref } from '../lib/course/navigation';
import { skeleton } from '../lib/progress/scenarios';
import { contentVersion } from '../lib/progress/bundle';
import type { CourseShape } from '../lib/progress/dashboard';
import type { ReviewCardDef } from '../lib/review/queue';
import { briefingBullets, pointCards, questionCard } from '../lib/review/content';
import { t } from '../i18n';

export const testHref = (lesson: string): string => `/lessons/${lesson}/test/`;
export const EXAM_HREF = '/practice/exam/';
export const scenarioHref = (id: string): string => `/scenarios/${id}/`;

/** Everything the dashboard island needs. */
export async function dashboardProps() {
  const [lessons, pools, scenarios] = await Promise.all([getLessons(), getPools(), getScenarios()]);
  const tests = pools.map((p) => p.lesson);
  const course: CourseShape = {
    lessons: lessons.map((l) => l.id),
    tests,
    hasExam: tests.length > 0,
    scenarios: scenarios.map((s) => ({ id: s.def.id, def: skeleton(s.def), max: s.max })),
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

/** Every review card: each lesson objective, and each question (shown once it is missed). */
export async function getReviewCards(): Promise<ReviewCardDef[]> {
  const [lessons, pools, entries] = await Promise.all([
    getLessons(),
    getPools(),
    getCollection('lessons'),
  ]);
  const words = { yes: t('quiz.true'), no: t('quiz.false') };
  const cards: ReviewCardDef[] = [];
  for (const lesson of lessons) {
    const body = entries.find((e) => e.id === lesson.id)?.body ?? '';
    cards.push(...pointCards(lesson, briefingBullets(body), lessonHref(lesson.id, 'briefing')));
    const pool = pools.find((p) => p.lesson === lesson.id);
    for (const q of pool?.questions ?? [])
      cards.push(questionCard(q, lessonHref(lesson.id, q.section), words));
  }
  return cards;
}
