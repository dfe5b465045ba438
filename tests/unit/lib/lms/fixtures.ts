/** A small LMS course table for the mapping tests (the real one is tested in course-data.test.ts). */
import type { LmsCourse } from '../../../../src/lib/lms/course';

export const course: LmsCourse = {
  id: 'test-course',
  title: '测试课程',
  lessons: [
    { id: 'one', title: '一' },
    { id: 'two', title: '二' },
  ],
  questions: [
    {
      id: 'q-single',
      lesson: 'one',
      type: 'single',
      options: [
        { id: 'wrong', correct: false },
        { id: 'right', correct: true },
      ],
    },
    {
      id: 'q-multi',
      lesson: 'one',
      type: 'multiple',
      options: [
        { id: 'x', correct: true },
        { id: 'y', correct: false },
        { id: 'z', correct: true },
      ],
    },
    { id: 'q-tf', lesson: 'two', type: 'truefalse', answer: false },
    { id: 'q-order', lesson: 'two', type: 'ordering', items: ['first', 'second', 'third'] },
    {
      id: 'q-match',
      lesson: 'two',
      type: 'matching',
      pairs: [
        { id: 'p1', match: 'c2' },
        { id: 'p2', match: 'c1' },
      ],
      choices: ['c1', 'c2', 'c3'],
    },
    {
      id: 'q-case',
      lesson: 'two',
      type: 'case',
      options: [
        { id: 'a1', correct: true },
        { id: 'a2', correct: false },
      ],
    },
  ],
  scenarios: [
    {
      id: 'deal',
      nodes: ['start', 'ask', 'end'],
      decisions: { ask: ['listen', 'pitch'] },
      cases: ['big', 'small'],
    },
  ],
  fingerprint: 'abc123',
};
