import { expect, test } from 'vitest';
import { loadLmsCourse } from '../../../../src/lms/course-data';

test('the LMS course table lists the seven lessons in course order, every question and every scenario', () => {
  const course = loadLmsCourse();
  console.log(
    JSON.stringify(course).length,
    course.questions.length,
    course.scenarios.map((s) => [s.id, s.nodes.length]),
  );
  expect(course.lessons.map((l) => l.id)).toEqual([
    'first-principles',
    'client-selection',
    'intelligence',
    'meetings-proposal',
    'contract',
    'customer-care',
    'client-focus',
  ]);
  expect(course.fingerprint).toMatch(/^[a-z0-9]+$/);
}, 60_000);
