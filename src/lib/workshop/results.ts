/**
 * The learner's latest result of an item, in the shape a result code carries: from the quiz
 * attempts (lesson tests, the exam) or from the scenario runs. Pure: the caller passes the stored state.
 */
import type { Scenario } from '../../schemas/scenario';
import { currentResult, type QuizAttempts } from '../quiz/attempts';
import { latestFinished, type ScenarioRuns } from '../scenario/runs';
import { result as runResult } from '../scenario/engine';
import type { ItemResult } from './result-code';

/** The current attempt of test `testId` (a lesson id or `exam`), or `undefined` before one is handed in. */
export function testResult(
  attempts: QuizAttempts,
  testId: string,
  name: string,
): ItemResult | undefined {
  const r = currentResult(attempts, testId);
  if (r === undefined) return undefined;
  return {
    name,
    percent: r.percent,
    results: r.ids.map((id) => ({ key: id, ok: r.right.includes(id) })),
  };
}

/**
 * The last finished run of scenario `def`: points earned over points available, and each decision
 * (`node/choice`) marked right when it was the expert's choice.
 */
export function scenarioResult(
  runs: ScenarioRuns,
  def: Scenario,
  name: string,
): ItemResult | undefined {
  const run = latestFinished(runs, def);
  const res = run === undefined ? undefined : runResult(def, run);
  if (res === undefined) return undefined;
  const max = res.scores.reduce((a, x) => a + x.max, 0);
  const got = res.scores.reduce((a, x) => a + Math.max(0, x.score), 0);
  return {
    name,
    percent: max > 0 ? Math.round((got / max) * 100) : 0,
    results: res.path.map((p) => ({ key: `${p.node}/${p.choice.id}`, ok: p.expert === undefined })),
  };
}
