/** Everything the progress dashboard shows, derived from the stored progress and the course. */
import type { Scenario, Outcome } from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import type { ReadingProgress } from './reading';
import type { QuizAttempts } from '../quiz/attempts';
import type { ScenarioRuns } from '../scenario/runs';
import { readiness, type Readiness } from './readiness';
import { competencyRows, type CompetencyRow } from './competencies';
import { bestOutcome, summarizeRun } from './scenarios';

export interface ScenarioShape {
  id: string;
  max: Partial<Record<Competency, number>>;
  /**
   * The definition, to replay the learner's runs. Needed only for a scenario the learner has played
   * (`playedScenarios`): the dashboard loads just those; one without it counts as never played.
   */
  def?: Scenario;
}

export interface CourseShape {
  lessons: readonly string[];
  /** Lessons with a test, in course order. */
  tests: readonly string[];
  hasExam: boolean;
  scenarios: readonly ScenarioShape[];
}

/** The course as the progress page passes it: each scenario's shared file instead of its definition. */
export interface DashCourse extends Omit<CourseShape, 'scenarios'> {
  scenarios: readonly (Omit<ScenarioShape, 'def'> & { href: string })[];
}

/** The course shape with the loaded definitions (`defs`, by id) of the played scenarios. */
export function withDefs(course: DashCourse, defs: readonly Scenario[]): CourseShape {
  return {
    ...course,
    scenarios: course.scenarios.map(({ id, max }) => {
      const def = defs.find((d) => d.id === id);
      return def === undefined ? { id, max } : { id, max, def };
    }),
  };
}

/** The scenarios (of `ids`) the learner has runs of, so the dashboard must replay. */
export function playedScenarios(ids: readonly string[], runs: ScenarioRuns): string[] {
  return ids.filter((id) => runs.history.some((run) => run.scenario === id));
}

export interface TestRow {
  id: string;
  best: number | undefined;
  latest: number | undefined;
  count: number;
}

export interface Dashboard {
  readiness: Readiness;
  read: string[];
  tests: TestRow[];
  exam: TestRow;
  scenarios: { id: string; played: number; best: Outcome | undefined }[];
  competencies: CompetencyRow[];
}

function testRow(attempts: QuizAttempts, id: string): TestRow {
  const list = attempts.tests[id]?.attempts ?? [];
  return {
    id,
    best: list.length === 0 ? undefined : Math.max(...list.map((a) => a.percent)),
    latest: list.at(-1)?.percent,
    count: list.length,
  };
}

export function dashboard(
  course: CourseShape,
  reading: ReadingProgress,
  attempts: QuizAttempts,
  runs: ScenarioRuns,
): Dashboard {
  const tests = course.tests.map((id) => testRow(attempts, id));
  const exam = testRow(attempts, 'exam');
  const best: Record<string, number | undefined> = Object.fromEntries(
    [...tests, exam].map((r) => [r.id, r.best]),
  );
  const summaries = course.scenarios.map((s) => ({
    s,
    runs: runs.history
      .filter((r) => r.scenario === s.id)
      .flatMap((r) => (s.def === undefined ? [] : (summarizeRun(s.def, r) ?? []))),
  }));
  const scenarios = summaries.map(({ s, runs: done }) => ({
    id: s.id,
    played: done.length,
    best: bestOutcome(done.map((d) => d.outcome)),
  }));
  return {
    readiness: readiness({
      lessons: course.lessons,
      read: course.lessons.filter((l) => reading.read[l] !== undefined),
      tests: course.tests,
      best,
      hasExam: course.hasExam,
      scenarios: course.scenarios.map((s) => s.id),
      bestOutcome: Object.fromEntries(scenarios.map((s) => [s.id, s.best])),
    }),
    read: course.lessons.filter((l) => reading.read[l] !== undefined),
    tests,
    exam,
    scenarios,
    competencies: competencyRows(
      course.tests,
      best,
      summaries.map(({ s, runs: done }) => ({ max: s.max, runs: done.map((d) => d.score) })),
    ),
  };
}
