/** What the dashboard needs from finished scenario runs: each run's outcome and points, by replay. */
import type { Outcome, Scenario } from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import { position, type Run } from '../scenario/engine';
import { OUTCOMES } from '../../schemas/enums';

export interface RunSummary {
  outcome: Outcome;
  score: Partial<Record<Competency, number>>;
  finishedAt: string;
}

/** The outcome and points of a finished run, or `undefined` when it no longer reaches an ending (content changed). */
export function summarizeRun(def: Scenario, run: Run): RunSummary | undefined {
  if (run.finishedAt === undefined || run.scenario !== def.id) return undefined;
  const end = position(def, run);
  if (end.node.type !== 'ending') return undefined;
  return { outcome: end.node.outcome, score: end.score, finishedAt: run.finishedAt };
}

/** The best of several outcomes (OUTCOMES is ordered best first). */
export function bestOutcome(outcomes: readonly Outcome[]): Outcome | undefined {
  return OUTCOMES.find((o) => outcomes.includes(o));
}
