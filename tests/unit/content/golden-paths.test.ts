/**
 * Golden paths for every shipped scenario, found by searching the game through the engine's public
 * functions (not the validator's graph code): for every case, an expert path that reaches the best
 * ending with the maximum score in every competency, and a path to each ending.
 */
import { describe, expect, test } from 'vitest';
import {
  choicesOf,
  choose,
  position,
  result,
  startRun,
  type Run,
} from '../../../src/lib/scenario/engine';
import type { Scenario } from '../../../src/schemas/scenario';
import { OUTCOMES } from '../../../src/schemas/enums';
import { scoreRanges } from '../../../src/lib/scenario/validate';
import { loadScenario, scenarioFiles } from './load';

const AT = '2026-11-27T08:00:00.000Z';
const total = (run: Run, def: Scenario) =>
  Object.values(position(def, run).score).reduce((a, b) => a + (b ?? 0), 0);
const keyOf = (def: Scenario, run: Run) => {
  const p = position(def, run);
  return `${p.nodeId}|${JSON.stringify(p.vars)}`;
};
const moves = (def: Scenario, run: Run): (string | null)[] =>
  position(def, run).node.type === 'narrative' ? [null] : choicesOf(def, run).map((c) => c.id);

/** Best finished run from `run`: most points, then best outcome. Zero-score cycles are cut. */
function best(
  def: Scenario,
  run: Run,
  onStack = new Set<string>(),
  memo = new Map<string, (string | null)[] | null>(),
): Run | null {
  if (run.finishedAt !== undefined) return run;
  const key = keyOf(def, run);
  const known = memo.get(key);
  if (known !== undefined)
    return known === null ? null : known.reduce((r, move) => choose(def, r, move, AT), run);
  if (onStack.has(key)) return null;
  onStack.add(key);
  let winner: Run | null = null;
  for (const move of moves(def, run)) {
    const found = best(def, choose(def, run, move, AT), onStack, memo);
    if (found !== null && (winner === null || rank(def, found) < rank(def, winner))) winner = found;
  }
  onStack.delete(key);
  memo.set(key, winner === null ? null : winner.steps.slice(run.steps.length).map((s) => s.choice));
  return winner;
}
function rank(def: Scenario, run: Run): number {
  const end = position(def, run).node;
  const outcome = end.type === 'ending' ? OUTCOMES.indexOf(end.outcome) : 9;
  return -total(run, def) * 10 + outcome;
}

/** A shortest path to every node, by breadth-first search over distinct states. */
function pathsToEndings(def: Scenario, start: Run): Map<string, Run> {
  const endings = new Map<string, Run>();
  const seen = new Set<string>([keyOf(def, start)]);
  const queue = [start];
  while (queue.length > 0) {
    const run = queue.shift()!;
    const here = position(def, run);
    if (here.node.type === 'ending') {
      if (!endings.has(here.nodeId)) endings.set(here.nodeId, run);
      continue;
    }
    for (const move of moves(def, run)) {
      const next = choose(def, run, move, AT);
      const key = keyOf(def, next);
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(next);
      }
    }
  }
  return endings;
}

for (const file of scenarioFiles()) {
  const { scenario: def, errors } = loadScenario(file);
  describe(`golden paths: ${file}`, () => {
    // A scenario that does not parse fails here with the schema's messages (it used to show as a
    // passing `test.fails`), and has no paths to search.
    test('parses', () => expect(errors).toEqual([]));
    if (def === undefined) return;
    const cases = def.cases.length > 0 ? def.cases.map((c) => c.id) : [undefined];
    const endingIds = Object.entries(def.nodes)
      .filter(([, n]) => n.type === 'ending')
      .map(([id]) => id);
    const reached = new Set<string>();
    const { max } = scoreRanges(def);

    test.each(cases.map((c) => [c ?? '(no cases)', c]))(
      'expert path in case %s reaches the best ending with the maximum score',
      (_label, caseId) => {
        const start = startRun(def, {
          seed: 1,
          at: AT,
          ...(caseId === undefined ? {} : { caseId }),
        });
        const expert = best(def, start);
        expect(expert).not.toBeNull();
        const res = result(def, expert!)!;
        expect(res.outcome).toBe('won');
        // the search's best total equals the sum of the per-competency maxima the engine reports
        expect(total(expert!, def)).toBe(res.scores.reduce((sum, s) => sum + s.max, 0));
        expect(res.scores.every((s) => s.score === s.max && s.max <= max[s.competency])).toBe(true);
        expect(res.path.filter((p) => p.expert !== undefined).map((p) => p.node)).toEqual([]);
      },
      120_000,
    );

    test('every ending is reached by some path in some case', () => {
      for (const caseId of cases) {
        const start = startRun(def, {
          seed: 1,
          at: AT,
          ...(caseId === undefined ? {} : { caseId }),
        });
        for (const [ending, run] of pathsToEndings(def, start)) {
          expect(result(def, run)?.ending).toBe(ending);
          reached.add(ending);
        }
      }
      expect([...reached].sort()).toEqual([...endingIds].sort());
    }, 120_000);
  });
}
