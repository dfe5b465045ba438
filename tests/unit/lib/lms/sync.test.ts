import { expect, test } from 'vitest';
import { pendingInteractions } from '../../../../src/lib/lms/sync';
import { emptyMarks } from '../../../../src/lib/lms/resume';
import { lmsStatus, scorm12Status } from '../../../../src/lib/lms/rules';
import { courseNamespace } from '../../../../src/lib/lms/namespace';
import type { Attempt, QuizAttempts } from '../../../../src/lib/quiz/attempts';
import type { ScenarioRuns } from '../../../../src/lib/scenario/runs';
import { course } from './fixtures';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute)).toISOString();
const attempt = (minute: number, percent: number): Attempt => ({
  seed: 1,
  at: at(minute),
  ids: ['q-single', 'q-tf'],
  answers: { 'q-single': ['right'], 'q-tf': ['true'] },
  right: ['q-single'],
  total: 2,
  percent,
});
const attempts = (...list: Attempt[]): QuizAttempts => ({
  v: 1,
  tests: { exam: { seed: 1, attempts: list } },
});
const runs = (steps: number, finished = false): ScenarioRuns => {
  const run = {
    v: 1 as const,
    scenario: 'deal',
    seed: 1,
    case: null,
    steps: [
      { node: 'start', choice: null },
      { node: 'ask', choice: 'listen' },
      { node: 'end', choice: null },
    ].slice(0, steps),
    startedAt: at(1),
    ...(finished ? { finishedAt: at(9) } : {}),
  };
  return { v: 1, active: { deal: run }, history: finished ? [run] : [] };
};

test('reports each answered question of a new attempt once, then nothing until the next attempt', () => {
  const first = pendingInteractions(course, attempts(attempt(5, 50)), runs(0), emptyMarks(), at(6));
  expect(first.interactions.map((i) => i.id.split('.').slice(0, 2).join('.'))).toEqual([
    'exam.q-single',
    'exam.q-tf',
  ]);
  expect(first.marks.count).toBe(2);
  const again = pendingInteractions(course, attempts(attempt(5, 50)), runs(0), first.marks, at(7));
  expect(again.interactions).toEqual([]);
  const next = pendingInteractions(
    course,
    attempts(attempt(5, 50), attempt(8, 100)),
    runs(0),
    first.marks,
    at(9),
  );
  expect(next.interactions).toHaveLength(2);
  expect(next.marks.count).toBe(4);
});

test('splits an attempt time evenly over its questions as latency', () => {
  const { interactions } = pendingInteractions(
    course,
    attempts(attempt(5, 50)),
    runs(0),
    emptyMarks(),
    at(6),
    (ref) => (ref.kind === 'test' ? 60_000 : undefined),
  );
  expect(interactions.map((i) => i.latencyMs)).toEqual([30_000, 30_000]);
});

test('reports scenario decisions (not 继续 steps) once each, also after the run finishes', () => {
  const first = pendingInteractions(course, attempts(), runs(2), emptyMarks(), at(3));
  expect(first.interactions.map((i) => [i.id.split('.').slice(0, 3).join('.'), i.learner])).toEqual(
    [['scn.deal.ask', { kind: 'ids', ids: ['listen'] }]],
  );
  const done = pendingInteractions(course, attempts(), runs(3, true), first.marks, at(9));
  expect(done.interactions).toEqual([]);
  expect(done.marks.runs['deal']).toEqual({ startedAt: at(1), steps: 3 });
});

test('status: completed when every lesson is read; passed at 80 % on the best exam attempt', () => {
  const none = { v: 1 as const, read: {} };
  const all = { v: 1 as const, read: { one: at(1), two: at(2) } };
  expect(lmsStatus(course, none, attempts())).toEqual({
    lessonsRead: 0,
    lessonsTotal: 2,
    completed: false,
    success: 'unknown',
    score: undefined,
  });
  expect(scorm12Status(lmsStatus(course, none, attempts()))).toBe('incomplete');
  expect(scorm12Status(lmsStatus(course, all, attempts()))).toBe('completed');
  const failed = lmsStatus(course, all, attempts(attempt(5, 75)));
  expect([failed.success, failed.score, scorm12Status(failed)]).toEqual(['failed', 75, 'failed']);
  const passed = lmsStatus(course, none, attempts(attempt(5, 80), attempt(6, 40)));
  expect([passed.success, passed.score, scorm12Status(passed)]).toEqual(['passed', 80, 'passed']);
  expect(lmsStatus(course, none, attempts(attempt(5, 75)), 70).success).toBe('passed');
});

test('namespaces differ by course, registration and launch folder, not by file name', () => {
  const ns = courseNamespace(
    'c',
    'learner-1',
    '/pluginfile.php/42/mod_scorm/content/1/launch.html',
  );
  expect(ns).toMatch(/^lms-[a-z0-9]+$/);
  expect(
    courseNamespace('c', 'learner-1', '/pluginfile.php/42/mod_scorm/content/1/index.html'),
  ).toBe(ns);
  expect(
    courseNamespace('c', 'learner-2', '/pluginfile.php/42/mod_scorm/content/1/launch.html'),
  ).not.toBe(ns);
  expect(
    courseNamespace('c', 'learner-1', '/pluginfile.php/43/mod_scorm/content/1/launch.html'),
  ).not.toBe(ns);
  expect(
    courseNamespace('d', 'learner-1', '/pluginfile.php/42/mod_scorm/content/1/launch.html'),
  ).not.toBe(ns);
});
