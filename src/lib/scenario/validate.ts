/**
 * Checks a scenario as a whole and says, in sentences an author can act on, what to fix: links to
 * missing nodes, unreachable nodes and endings, decisions with fewer than two choices, dead ends,
 * loops with no exit, unknown variables, values of the wrong type, effects that leave a variable's
 * bounds, loops that earn points, and whether the best path earns the maximum in every competency.
 */
import type {
  Condition,
  Effect,
  Next,
  Scenario,
  ScenarioCase,
  Value,
} from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import { COMPETENCIES, OUTCOMES } from '../../schemas/enums';
import { components, CONFIG_LIMIT, explore, scoreRange, values, type ConfigGraph } from './explore';
import { displayValue, placeholders } from './state';

const q = (id: string) => `\`${id}\``;

function nodeName(def: Scenario, id: string): string {
  return def.nodes[id]?.type === 'ending' ? `结局 ${q(id)}` : `节点 ${q(id)}`;
}

function conditionLeaves(
  condition: Condition | undefined,
): Exclude<Condition, { all: unknown } | { any: unknown } | { none: unknown }>[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  if ('none' in condition) return condition.none.flatMap(conditionLeaves);
  return [condition];
}

function routeConditions(next: Next): (Condition | undefined)[] {
  return typeof next === 'string' ? [] : next.map((r) => r.when);
}

function targets(next: Next): string[] {
  return typeof next === 'string' ? [next] : next.map((r) => r.to);
}

/** Why `value` does not fit variable `id`, or undefined when it does. */
function valueProblem(def: Scenario, id: string, value: Value): string | undefined {
  const variable = def.variables[id];
  if (variable === undefined) return undefined;
  if (variable.type === 'number')
    return typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= variable.min &&
      value <= variable.max
      ? undefined
      : `应为 ${variable.min}–${variable.max} 之间的整数`;
  if (variable.type === 'flag')
    return typeof value === 'boolean' ? undefined : '应为 true 或 false';
  return typeof value === 'string' && value in variable.values
    ? undefined
    : `应为以下之一：${Object.keys(variable.values).join('、')}`;
}

function checkCondition(
  def: Scenario,
  where: string,
  condition: Condition | undefined,
  out: string[],
): void {
  for (const leaf of conditionLeaves(condition)) {
    const variable = def.variables[leaf.var];
    if (variable === undefined) {
      out.push(`${where}用到了变量 ${q(leaf.var)}，但 variables 里没有定义它。`);
      continue;
    }
    for (const op of ['gte', 'lte', 'gt', 'lt'] as const)
      if (leaf[op] !== undefined && variable.type !== 'number')
        out.push(`${where}对变量 ${q(leaf.var)} 用了 ${op}，只有 number 变量可以比大小。`);
    const compared = [leaf.eq, leaf.ne, ...(leaf.in ?? [])].filter(
      (v): v is Value => v !== undefined,
    );
    for (const value of compared) {
      const problem =
        variable.type === 'number' && typeof value === 'number'
          ? undefined
          : valueProblem(def, leaf.var, value);
      if (problem !== undefined)
        out.push(
          `${where}里变量 ${q(leaf.var)} 的比较值 ${JSON.stringify(value)} 不合适：${problem}。`,
        );
    }
  }
}

function checkEffects(
  def: Scenario,
  where: string,
  effects: readonly Effect[],
  out: string[],
): void {
  for (const effect of effects) {
    const variable = def.variables[effect.var];
    if (variable === undefined)
      out.push(`${where}用到了变量 ${q(effect.var)}，但 variables 里没有定义它。`);
    else if ('add' in effect) {
      if (variable.type !== 'number')
        out.push(`${where}对变量 ${q(effect.var)} 用了 add，只有 number 变量可以加减。`);
    } else {
      const problem = valueProblem(def, effect.var, effect.set);
      if (problem !== undefined)
        out.push(
          `${where}把变量 ${q(effect.var)} 设为 ${JSON.stringify(effect.set)}，不合适：${problem}。`,
        );
    }
  }
}

function checkText(def: Scenario, where: string, text: string, out: string[]): void {
  for (const name of placeholders(text)) {
    if (name in def.variables) continue;
    if (def.cases.length > 0 && def.cases.every((c) => name in c.facts)) continue;
    out.push(`${where}用到了 {{${name}}}，但它既不是变量，也不是每个案例都有的 facts。`);
  }
}

/** Shape-level rules that need no exploration. */
function staticIssues(def: Scenario): string[] {
  const out: string[] = [];
  if (def.nodes[def.start] === undefined)
    out.push(`起点 start 指向节点 ${q(def.start)}，但没有这个节点。`);
  const allowed = new Set<Competency>(def.competencies);
  const checkNext = (where: string, next: Next) => {
    for (const to of targets(next))
      if (def.nodes[to] === undefined) out.push(`${where}指向节点 ${q(to)}，但没有这个节点。`);
    if (typeof next !== 'string' && next[next.length - 1]?.when !== undefined)
      out.push(
        `${where}的路线列表最后一条不能带 when：请在最后加一条只有 to 的路线，作为其他情况的去向。`,
      );
    routeConditions(next).forEach((c) => checkCondition(def, `${where}的路线条件`, c, out));
  };
  const seenCases = new Set<string>();
  for (const c of def.cases) {
    if (seenCases.has(c.id)) out.push(`有两个案例的 id 都是 ${q(c.id)}，案例 id 必须不同。`);
    seenCases.add(c.id);
    checkEffects(
      def,
      `案例 ${q(c.id)} 的 set `,
      Object.entries(c.set).map(([v, set]) => ({ var: v, set })),
      out,
    );
  }
  for (const [id, node] of Object.entries(def.nodes)) {
    const name = nodeName(def, id);
    checkText(def, `${name}的文字`, node.text, out);
    if (node.speaker !== undefined) checkText(def, `${name}的 speaker `, node.speaker, out);
    checkText(def, `${name}的 title `, node.title, out);
    if (node.showCase && def.cases.length === 0)
      out.push(`${name}设了 showCase: true，但这个情景没有 cases。`);
    if (node.type === 'narrative') checkNext(`${name}的 next `, node.next);
    if (node.type === 'ending') {
      node.debrief.forEach((p, i) => {
        checkCondition(def, `${name}的第 ${i + 1} 段 debrief 条件`, p.when, out);
        checkText(def, `${name}的第 ${i + 1} 段 debrief `, p.text, out);
      });
    }
    if (node.type !== 'decision') continue;
    checkText(def, `${name}的 prompt `, node.prompt, out);
    if (node.choices.length < 2)
      out.push(
        `决策节点 ${q(id)} 只有 ${node.choices.length} 个选项，至少要有两个；如果不需要学员选择，请改成 narrative。`,
      );
    const seen = new Set<string>();
    for (const choice of node.choices) {
      const where = `${name}的选项 ${q(choice.id)} `;
      if (seen.has(choice.id))
        out.push(`${name}里有两个选项的 id 都是 ${q(choice.id)}，同一节点内选项 id 必须不同。`);
      seen.add(choice.id);
      checkCondition(def, `${where}的 guard `, choice.guard, out);
      for (const t of [
        choice.label,
        choice.feedback,
        ...(choice.branches ?? []).map((b) => b.feedback ?? ''),
      ])
        checkText(def, where, t, out);
      checkEffects(def, `${where}的 effects `, choice.effects, out);
      checkNext(`${where}的 next `, choice.next);
      const scores = [choice.score, ...(choice.branches ?? []).map((b) => b.score ?? {})];
      for (const key of new Set(scores.flatMap((s) => Object.keys(s) as Competency[])))
        if (!allowed.has(key))
          out.push(`${where}给能力项 ${q(key)} 计分，但情景的 competencies 里没有列它。`);
      (choice.branches ?? []).forEach((b, i) => {
        checkCondition(def, `${where}的第 ${i + 1} 个 branch 条件`, b.when, out);
        checkEffects(def, `${where}的第 ${i + 1} 个 branch effects `, b.effects ?? [], out);
      });
    }
  }
  return out;
}

/** Nodes reachable from the start by links alone, ignoring guards and conditions. */
function linked(def: Scenario): Set<string> {
  const seen = new Set<string>();
  const queue = [def.start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const node = def.nodes[id];
    if (seen.has(id) || node === undefined) continue;
    seen.add(id);
    if (node.type === 'narrative') queue.push(...targets(node.next));
    if (node.type === 'decision') for (const c of node.choices) queue.push(...targets(c.next));
  }
  return seen;
}

function caseLabel(c: ScenarioCase | undefined): string {
  return c === undefined ? '' : `在案例 ${q(c.id)} 中，`;
}

function varsText(def: Scenario, vars: Readonly<Record<string, Value>>): string {
  const parts = Object.keys(def.variables).map((id) => `${id}=${displayValue(def, id, vars[id])}`);
  return parts.length === 0 ? '' : `（此时 ${parts.join('、')}）`;
}

/** Rules that need every reachable state of one case. */
function caseIssues(
  def: Scenario,
  c: ScenarioCase | undefined,
  graph: ConfigGraph,
  out: string[],
): void {
  const where = caseLabel(c);
  if (graph.truncated) {
    out.push(
      `${where}状态组合超过 ${CONFIG_LIMIT} 种，无法检查：请缩小 number 变量的范围或减少变量。`,
    );
    return;
  }
  for (const b of graph.blocked)
    if (b.kind === 'bounds')
      out.push(
        `${nodeName(def, b.node)}的选项 ${q(b.choice)} 可能让变量 ${q(b.variable)} 变成 ${b.value}，超出范围 ${b.min}–${b.max}：请调整数值，或加 guard 挡住这种情况。`,
      );
  const reachesEnd = new Array<boolean>(graph.configs.length).fill(false);
  graph.configs.forEach(({ node }, i) => (reachesEnd[i] = def.nodes[node]?.type === 'ending'));
  for (let changed = true; changed;) {
    changed = false;
    graph.edges.forEach((out2, i) => {
      if (!reachesEnd[i] && out2.some((e) => reachesEnd[e.to])) reachesEnd[i] = changed = true;
    });
  }
  graph.configs.forEach(({ node, vars }, i) => {
    const n = def.nodes[node];
    if (n === undefined || n.type === 'ending' || reachesEnd[i]) return;
    if (graph.edges[i]!.length === 0 && n.type === 'decision')
      out.push(
        `${where}走到决策节点 ${q(node)} 时可能所有选项都不可选，学员无路可走${varsText(def, vars)}：请放宽 guard，或加一个总是可选的选项。`,
      );
    else if (graph.edges[i]!.length > 0)
      out.push(
        `${where}从${nodeName(def, node)}开始无论怎么选都到不了任何结局${varsText(def, vars)}：这里的循环没有出口。`,
      );
  });
  for (const component of components(graph)) {
    const inside = new Set(component);
    const scoring = component.some((i) =>
      graph.edges[i]!.some((e) => inside.has(e.to) && Object.values(e.score).some((p) => p !== 0)),
    );
    if (scoring) {
      const nodes = [...new Set(component.map((i) => graph.configs[i]!.node))]
        .sort()
        .map(q)
        .join('、');
      out.push(
        `${where}经过 ${nodes} 的循环每绕一圈都能得分，学员可以无限刷分：让循环里的选项不计分，或用变量限制只能走一次。`,
      );
      return;
    }
  }
  const vals = values(def, graph);
  const best = vals[graph.start];
  if (best === undefined) return;
  const { max } = scoreRange(def, graph);
  const sumOfMax = COMPETENCIES.reduce((sum, k) => sum + max[k], 0);
  if (best.total !== sumOfMax) {
    const list = def.competencies.map((k) => `${k} 最高 ${max[k]}`).join('，');
    out.push(
      `${where}没有一条走法能同时拿到每个能力项的最高分（${list}）：请让最佳走法在每个能力项上都是最高分。`,
    );
  }
  const bestRank = Math.min(
    ...graph.configs.flatMap(({ node }) => {
      const n = def.nodes[node];
      return n?.type === 'ending' ? [OUTCOMES.indexOf(n.outcome)] : [];
    }),
  );
  if (best.rank > bestRank) {
    const ending = def.nodes[best.ending];
    out.push(
      `${where}得分最高的走法停在结局 ${q(best.ending)}（${ending?.type === 'ending' ? ending.outcome : ''}），而 ${OUTCOMES[bestRank]} 的结局也能到达：请让通往最好结局的走法得分最高。`,
    );
  }
}

/** Every problem in `def`, deduplicated, in a stable order. Empty means the scenario is sound. */
export function validateScenario(def: Scenario): string[] {
  const out = staticIssues(def);
  if (def.nodes[def.start] === undefined) return [...new Set(out)];
  const reachable = linked(def);
  for (const id of Object.keys(def.nodes))
    if (!reachable.has(id))
      out.push(
        `${nodeName(def, id)}从起点 ${q(def.start)} 出发无法到达：请从别的节点链接到它，或删掉它。`,
      );
  const visited = new Set<string>();
  const offered = new Set<string>();
  const cases: (ScenarioCase | undefined)[] = def.cases.length > 0 ? def.cases : [undefined];
  for (const c of cases) {
    const graph = explore(def, c);
    graph.configs.forEach(({ node }, i) => {
      visited.add(node);
      for (const e of graph.edges[i]!) if (e.choice !== null) offered.add(`${node}/${e.choice}`);
    });
    caseIssues(def, c, graph, out);
  }
  for (const [id, node] of Object.entries(def.nodes)) {
    if (!reachable.has(id)) continue;
    if (!visited.has(id))
      out.push(
        `${nodeName(def, id)}在任何案例、任何走法下都到不了：通往它的 guard 或路线条件从不成立。`,
      );
    else if (node.type === 'decision')
      for (const choice of node.choices)
        if (!offered.has(`${id}/${choice.id}`) && choice.guard !== undefined)
          out.push(
            `${nodeName(def, id)}的选项 ${q(choice.id)} 在任何情况下都不会出现：它的 guard 从不成立。`,
          );
  }
  return [...new Set(out)];
}

/** Highest and lowest points per competency over all cases and paths. */
export function scoreRanges(def: Scenario): {
  max: Record<Competency, number>;
  min: Record<Competency, number>;
} {
  const cases: (ScenarioCase | undefined)[] = def.cases.length > 0 ? def.cases : [undefined];
  const ranges = cases.map((c) => scoreRange(def, explore(def, c)));
  const max = {} as Record<Competency, number>;
  const min = {} as Record<Competency, number>;
  for (const k of COMPETENCIES) {
    max[k] = Math.max(...ranges.map((r) => r.max[k]));
    min[k] = Math.min(...ranges.map((r) => r.min[k]));
  }
  return { max, min };
}

/** A lesson as links see it. */
export interface LinkableLesson {
  id: string;
  sections: readonly { id: string }[];
}

/** Checks every lesson link (scenario lessons, choice rationales, ending reviews) against the course. */
export function validateLessonLinks(def: Scenario, lessons: readonly LinkableLesson[]): string[] {
  const out: string[] = [];
  const check = (where: string, link: { lesson: string; section: string }) => {
    const lesson = lessons.find((l) => l.id === link.lesson);
    if (lesson === undefined) out.push(`${where}链接到课程 ${q(link.lesson)}，但没有这一课。`);
    else if (!lesson.sections.some((s) => s.id === link.section))
      out.push(
        `${where}链接到课程 ${q(link.lesson)} 的小节 ${q(link.section)}，但这一课没有这个小节（现有：${lesson.sections.map((s) => s.id).join('、')}）。`,
      );
  };
  def.lessons.forEach((link) => check('lessons ', link));
  for (const [id, node] of Object.entries(def.nodes)) {
    if (node.type === 'decision')
      for (const c of node.choices)
        check(`节点 ${q(id)} 的选项 ${q(c.id)} 的 rationale `, c.rationale);
    if (node.type === 'ending')
      node.review.forEach((link) => check(`结局 ${q(id)} 的 review `, link));
  }
  return [...new Set(out)];
}
