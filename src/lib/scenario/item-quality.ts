/**
 * Item-quality checks of one scenario (issue 11): the best choice must not be findable by its
 * length, and no two choices of a decision may read the same. “Best” is the expert's choice
 * (`expertEdge`: most points still to earn, then the best outcome, then the fewest steps) in any
 * state a run of any case can reach; lengths are of the labels as shown there (placeholders
 * filled). Thresholds and their reasons are in `src/lib/quality/rules.ts`.
 */
import type { Scenario, ScenarioCase } from '../../schemas/scenario';
import { maxLongestKeys, repeatedTexts, uniquelyLongest } from '../quality/rules';
import { explore, expertEdge, values } from './explore';
import { holds, interpolate } from './state';

/** Decision nodes reachable in some case, and those where the best choice is the longest. */
export function longestBest(def: Scenario): { decisions: string[]; longest: string[] } {
  const decisions = new Set<string>();
  const longest = new Set<string>();
  const cases: (ScenarioCase | undefined)[] = def.cases.length > 0 ? def.cases : [undefined];
  for (const caseDef of cases) {
    const graph = explore(def, caseDef);
    const vals = values(def, graph);
    graph.configs.forEach(({ node: nodeId, vars }, i) => {
      const node = def.nodes[nodeId];
      if (node?.type !== 'decision') return;
      decisions.add(nodeId);
      const best = expertEdge(graph, vals, i)?.choice;
      const offered = node.choices.filter((c) => holds(c.guard, vars));
      const top = uniquelyLongest(offered.map((c) => interpolate(def, c.label, caseDef, vars)));
      if (top >= 0 && offered[top]!.id === best) longest.add(nodeId);
    });
  }
  return { decisions: [...decisions].sort(), longest: [...longest].sort() };
}

/** Problems of `def`, as sentences naming the decisions (the caller adds the file). */
export function checkScenarioQuality(def: Scenario): string[] {
  const out: string[] = [];
  const { decisions, longest } = longestBest(def);
  const most = maxLongestKeys(decisions.length);
  if (longest.length > most)
    out.push(
      `${decisions.length} 个决策节点里，有 ${longest.length} 个的最佳选项是最长的一项（${longest.join('、')}），最多只能有 ${most} 个。专挑最长的说法就能走到最好结局，请把最佳选项写得精炼些，或把其他选项写得一样具体。`,
    );
  for (const [id, node] of Object.entries(def.nodes)) {
    if (node.type !== 'decision') continue;
    for (const label of repeatedTexts(node.choices.map((c) => c.label)))
      out.push(`决策节点 "${id}" 里有两个选项的文字都是“${label}”，请改写其中一个。`);
  }
  return out;
}
