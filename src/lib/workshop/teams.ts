/**
 * The room by team: learners who entered a team name with their nickname (`队名/昵称`, see
 * `joinTeam`) are grouped, with each group's head count, average and pass rate.
 */
import { splitTeam, type ItemResult } from './result-code';

export interface TeamRow {
  /** `undefined`: learners who gave no team. */
  team: string | undefined;
  count: number;
  /** Average score, rounded. */
  mean: number;
  /** Share (0–100, rounded) at or above the pass mark; `undefined` when the item has none. */
  passRate: number | undefined;
}

/**
 * One row per team, best average first (ties by name); learners without a team last. Empty when
 * nobody gave a team: a room that did not play in teams has no team view. Pass the counted results
 * (`countedResults`), so a retake counts once.
 */
export function teamStats(results: readonly ItemResult[], passMark: number | undefined): TeamRow[] {
  const groups = new Map<string | undefined, number[]>();
  for (const r of results) {
    const { team } = splitTeam(r.name);
    groups.set(team, [...(groups.get(team) ?? []), r.percent]);
  }
  if ([...groups.keys()].every((team) => team === undefined)) return [];
  const rows = [...groups].map(([team, scores]) => ({
    team,
    count: scores.length,
    mean: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    passRate:
      passMark === undefined
        ? undefined
        : Math.round((scores.filter((s) => s >= passMark).length / scores.length) * 100),
  }));
  return rows.sort(
    (a, b) =>
      Number(a.team === undefined) - Number(b.team === undefined) ||
      b.mean - a.mean ||
      (a.team ?? '').localeCompare(b.team ?? '', 'zh-CN'),
  );
}
