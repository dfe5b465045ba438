/**
 * Making a result code from what the learner has stored. The result-code island imports this module
 * only when the learner asks for a code, so test and exam pages do not ship the encoder, the scenario
 * engine or the runs store up front.
 */
import type { Scenario } from '../schemas/scenario';
import { encodeResult, groupCode, joinTeam, type Catalog } from '../lib/workshop/result-code';
import { scenarioResult, testResult } from '../lib/workshop/results';
import { $quizAttempts } from './quiz-attempts';
import { $scenarioRuns } from './scenario-runs';

/** A made code and the score it carries. */
export interface MadeCode {
  /** The code in its typed form, in groups of four (`ABCD-EFGH-…`). */
  code: string;
  percent: number;
}

/**
 * The code of the learner's latest result of test `testId` or scenario `def`, under `name` (and
 * `team`, when the learner gave one: the roster groups by it); `undefined` when there is no result yet.
 */
export function makeResultCode(
  catalog: Catalog,
  nickname: string,
  item: { testId?: string | undefined; def?: Scenario | undefined },
  team = '',
): MadeCode | undefined {
  const name = joinTeam(team, nickname);
  const latest =
    item.testId !== undefined
      ? testResult($quizAttempts.get(), item.testId, name)
      : item.def !== undefined
        ? scenarioResult($scenarioRuns.get(), item.def, name)
        : undefined;
  return latest === undefined
    ? undefined
    : { code: groupCode(encodeResult(catalog, latest)), percent: latest.percent };
}
