/**
 * What to report next: the interactions for attempts and scenario decisions not reported yet, and
 * the marks after reporting them. The adapter calls this after every change of the browser copy.
 */
import type { LmsCourse } from './course';
import { testIds } from './course';
import { decisionInteraction, questionInteraction, type Interaction } from './interactions';
import type { SyncMarks } from './resume';
import type { QuizAttempts, Attempt } from '../quiz/attempts';
import type { ScenarioRuns } from '../scenario/runs';
import type { Run } from '../scenario/engine';

/** What an interaction is about, so the adapter can say how long the learner took. */
export type LatencyRef =
  | { kind: 'test'; testId: string; attempt: Attempt }
  | { kind: 'decision'; run: Run; index: number };

export interface Pending {
  interactions: Interaction[];
  marks: SyncMarks;
}

function testInteractions(
  course: LmsCourse,
  attempts: QuizAttempts,
  marks: SyncMarks,
  latency: (ref: LatencyRef) => number | undefined,
): Interaction[] {
  const out: Interaction[] = [];
  for (const testId of testIds(course)) {
    const since = marks.tests[testId] ?? '';
    for (const attempt of attempts.tests[testId]?.attempts ?? []) {
      if (attempt.at <= since) continue;
      const total = latency({ kind: 'test', testId, attempt });
      const each = total === undefined ? undefined : total / Math.max(1, attempt.ids.length);
      for (const id of attempt.ids) {
        const q = course.questions.find((x) => x.id === id);
        if (q !== undefined) out.push(questionInteraction(q, testId, attempt, each));
      }
      marks.tests[testId] = attempt.at;
    }
  }
  return out;
}

function runInteractions(
  course: LmsCourse,
  runs: ScenarioRuns,
  marks: SyncMarks,
  now: string,
  latency: (ref: LatencyRef) => number | undefined,
): Interaction[] {
  const out: Interaction[] = [];
  for (const sc of course.scenarios) {
    const candidates = [...runs.history.filter((r) => r.scenario === sc.id)];
    const active = runs.active[sc.id];
    if (active !== undefined && !candidates.some((r) => r.startedAt === active.startedAt))
      candidates.push(active);
    candidates.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
    for (const run of candidates) {
      const mark = marks.runs[sc.id];
      if (mark !== undefined && run.startedAt < mark.startedAt) continue;
      const from = mark?.startedAt === run.startedAt ? Math.min(mark.steps, run.steps.length) : 0;
      run.steps.slice(from).forEach((step, k) => {
        const choices = sc.decisions[step.node];
        if (step.choice === null || choices === undefined) return;
        const ms = latency({ kind: 'decision', run, index: from + k });
        out.push(
          decisionInteraction(sc.id, step.node, step.choice, choices, run.startedAt, now, ms),
        );
      });
      marks.runs[sc.id] = { startedAt: run.startedAt, steps: run.steps.length };
    }
  }
  return out;
}

/**
 * New interactions since `marks`, oldest first, and the marks that include them. `now` stamps
 * scenario decisions (runs keep no time per step); attempts carry their own time.
 */
export function pendingInteractions(
  course: LmsCourse,
  attempts: QuizAttempts,
  runs: ScenarioRuns,
  marks: SyncMarks,
  now: string,
  latency: (ref: LatencyRef) => number | undefined = () => undefined,
): Pending {
  const next: SyncMarks = {
    tests: { ...marks.tests },
    runs: { ...marks.runs },
    count: marks.count,
  };
  const interactions = [
    ...testInteractions(course, attempts, next, latency),
    ...runInteractions(course, runs, next, now, latency),
  ];
  next.count += interactions.length;
  return { interactions, marks: next };
}
