/**
 * The room's competencies in a scenario, recomputed from result codes. A code carries the learner's
 * decisions (`node/choice`, in order) and whether each was the expert's, not the drawn case; the
 * run is replayed under each case until one fits every decision and every right/wrong mark, and
 * the scenario engine scores it. A code no case explains (content edited since) is left out.
 */
import type { Competency } from '../../schemas/competency';
import type { Scenario } from '../../schemas/scenario';
import { position, result, type Run, type Step } from '../scenario/engine';
import type { ItemResult } from './result-code';
import { assertNever } from '../util/guards';

export interface CompetencyScore {
  competency: Competency;
  score: number;
  max: number;
}

/** The longest path replayed (a guard against a loop the code's decisions never leave). */
const MAX_STEPS = 400;

/** Replays `results` under `caseId`; the run at its ending, or `undefined` when they do not fit. */
function replay(
  def: Scenario,
  caseId: string | null,
  results: ItemResult['results'],
): Run | undefined {
  const steps: Step[] = [];
  let next = 0;
  const run = (): Run => ({ v: 1, scenario: def.id, seed: 0, case: caseId, steps, startedAt: '' });
  while (steps.length < MAX_STEPS) {
    const here = position(def, run());
    if (here.validSteps !== steps.length) return undefined;
    switch (here.node.type) {
      case 'ending':
        return next === results.length ? run() : undefined;
      case 'narrative':
        steps.push({ node: here.nodeId, choice: null });
        break;
      case 'decision': {
        const [node, choice] = (results[next]?.key ?? '').split('/');
        if (node !== here.nodeId || choice === undefined) return undefined;
        steps.push({ node, choice });
        next += 1;
        break;
      }
      default:
        return assertNever(here.node);
    }
  }
  return undefined;
}

/**
 * A learner's points per competency (of the scenario's competencies) and the most available in
 * the case they played; `undefined` when no case fits their decisions and marks.
 */
export function learnerCompetencies(
  def: Scenario,
  learner: ItemResult,
): CompetencyScore[] | undefined {
  const cases: (string | null)[] = def.cases.length > 0 ? def.cases.map((c) => c.id) : [null];
  for (const caseId of cases) {
    const run = replay(def, caseId, learner.results);
    const res = run === undefined ? undefined : result(def, run);
    if (res === undefined) continue;
    const marks = res.path.map((p) => p.expert === undefined);
    if (marks.every((ok, i) => ok === learner.results[i]?.ok)) return res.scores;
  }
  return undefined;
}

export interface RoomCompetency {
  competency: Competency;
  /** Average points of the room (one decimal). */
  mean: number;
  /** Average of the most each learner could earn (one decimal; the same for all unless cases differ). */
  max: number;
}

/**
 * The room's average per competency against the maximum, and how many codes it rests on. Negative
 * points count as 0, as in the score a code carries (`scenarioResult`).
 */
export function roomCompetencies(
  def: Scenario,
  learners: readonly ItemResult[],
): { rows: RoomCompetency[]; counted: number } {
  const found = learners.flatMap((l) => {
    const scores = learnerCompetencies(def, l);
    return scores === undefined ? [] : [scores];
  });
  const each = found.flat();
  const n = found.length;
  const avg = (values: number[]) =>
    n === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / n) * 10) / 10;
  const rows = def.competencies.map((competency) => {
    const mine = each.filter((s) => s.competency === competency);
    return {
      competency,
      mean: avg(mine.map((s) => Math.max(0, s.score))),
      max: avg(mine.map((s) => s.max)),
    };
  });
  return { rows, counted: n };
}
