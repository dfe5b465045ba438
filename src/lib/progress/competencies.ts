/**
 * The per-competency view of the dashboard: for each of the six competencies, how the learner does
 * in the lesson tests that train it and in the scenarios that score it.
 */
import { COMPETENCIES } from '../../schemas/enums';
import type { Competency } from '../../schemas/competency';

/**
 * Which competency each lesson's test trains. `first-principles` (首先注意的问题) underlies all six and
 * is left out; `client-focus` (客户关注的重点) is what a proposal must answer, so it counts for
 * 约见与方案. 竞争应对 is trained by the scenarios only.
 */
export const LESSON_COMPETENCY: Readonly<Record<string, Competency>> = {
  'client-selection': 'client-selection',
  intelligence: 'intelligence',
  'meetings-proposal': 'meetings-proposal',
  'client-focus': 'meetings-proposal',
  contract: 'contract',
  'customer-care': 'customer-care',
};

export interface CompetencyRow {
  competency: Competency;
  /** Mean best test score (0–100) of the lessons that train it, untaken as 0; `taken` of `of`. */
  tests: { percent: number; taken: number; of: number } | undefined;
  /** Best share of the maximum score (0–100) in scenarios that score it; `played` finished runs. */
  scenarios: { percent: number; played: number } | undefined;
}

export interface ScenarioScores {
  /** Competencies the scenario scores and the maximum reachable for each. */
  max: Partial<Record<Competency, number>>;
  /** Per finished run, the points per competency. */
  runs: readonly Partial<Record<Competency, number>>[];
}

export function competencyRows(
  tests: readonly string[],
  best: Readonly<Record<string, number | undefined>>,
  scenarios: readonly ScenarioScores[],
): CompetencyRow[] {
  return COMPETENCIES.map((competency) => {
    const lessons = tests.filter((t) => LESSON_COMPETENCY[t] === competency);
    const testsRow =
      lessons.length === 0
        ? undefined
        : {
            percent: Math.round(lessons.reduce((n, l) => n + (best[l] ?? 0), 0) / lessons.length),
            taken: lessons.filter((l) => best[l] !== undefined).length,
            of: lessons.length,
          };
    const scoring = scenarios.filter((s) => (s.max[competency] ?? 0) > 0);
    const shares = scoring.flatMap((s) =>
      s.runs.map((r) => Math.max(0, r[competency] ?? 0) / (s.max[competency] ?? 1)),
    );
    const scenariosRow =
      scoring.length === 0
        ? undefined
        : {
            percent: Math.round(Math.min(1, shares.length === 0 ? 0 : Math.max(...shares)) * 100),
            played: shares.length,
          };
    return { competency, tests: testsRow, scenarios: scenariosRow };
  });
}
