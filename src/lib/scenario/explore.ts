/**
 * The configuration graph of a scenario for one case: every (node, variables) pair a learner can
 * reach, and the transitions between them. The validator reads problems off it; the engine uses
 * its values to say what an expert would choose.
 */
import type { Condition, Next, Scenario, ScenarioCase, Score } from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import { COMPETENCIES, OUTCOMES } from '../../schemas/enums';
import { holds, initialVars, resolveNext, step, type Vars } from './state';

export interface Config {
  node: string;
  vars: Vars;
}

export interface Edge {
  /** Choice id, or `null` for “继续” at a narrative node. */
  choice: string | null;
  to: number;
  score: Score;
}

/** A transition that could not be followed. */
export type Blocked =
  | {
      kind: 'bounds';
      node: string;
      choice: string;
      variable: string;
      value: number;
      min: number;
      max: number;
    }
  | { kind: 'no-route'; node: string; choice: string | null };

export interface ConfigGraph {
  configs: Config[];
  edges: Edge[][];
  /** Index of the start configuration (always 0). */
  start: number;
  blocked: Blocked[];
  /** True when exploration stopped at the limit. */
  truncated: boolean;
  /** The configuration a run at `node` with `vars` is in (merged by live variables). */
  find: (node: string, vars: Vars) => number | undefined;
}

/** Upper bound on configurations explored per case; past it the scenario is too loose to check. */
export const CONFIG_LIMIT = 50_000;

function conditionVars(condition: Condition | undefined, out: Set<string>): void {
  if (condition === undefined) return;
  if ('all' in condition) condition.all.forEach((c) => conditionVars(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionVars(c, out));
  else if ('none' in condition) condition.none.forEach((c) => conditionVars(c, out));
  else out.add(condition.var);
}

function nextVars(next: Next, out: Set<string>): void {
  if (typeof next !== 'string') next.forEach((route) => conditionVars(route.when, out));
}

function nextTargets(next: Next): string[] {
  return typeof next === 'string' ? [next] : next.map((route) => route.to);
}

/**
 * For each node, the variables that can still change what happens from there on: those read by a
 * guard, branch or route at the node or after it, and numbers that an `add` there or later must
 * keep within bounds. Configurations that differ only in other variables behave the same, so the
 * explorer merges them; this keeps scenarios with many flags checkable. Debrief conditions are
 * left out on purpose: they choose paragraphs, not paths.
 */
export function liveVariables(def: Scenario): Map<string, string[]> {
  const uses = new Map<string, Set<string>>();
  const succ = new Map<string, string[]>();
  for (const [id, node] of Object.entries(def.nodes)) {
    const used = new Set<string>();
    const targets: string[] = [];
    if (node.type === 'narrative') {
      nextVars(node.next, used);
      targets.push(...nextTargets(node.next));
    }
    if (node.type === 'decision')
      for (const choice of node.choices) {
        conditionVars(choice.guard, used);
        nextVars(choice.next, used);
        targets.push(...nextTargets(choice.next));
        for (const branch of choice.branches ?? []) conditionVars(branch.when, used);
        for (const effect of [
          ...choice.effects,
          ...(choice.branches ?? []).flatMap((b) => b.effects ?? []),
        ])
          if ('add' in effect) used.add(effect.var);
      }
    uses.set(id, used);
    succ.set(id, targets);
  }
  const live = new Map<string, Set<string>>([...uses].map(([id, used]) => [id, new Set(used)]));
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, set] of live)
      for (const target of succ.get(id) ?? [])
        for (const v of live.get(target) ?? [])
          if (!set.has(v)) {
            set.add(v);
            changed = true;
          }
  }
  return new Map([...live].map(([id, set]) => [id, [...set].sort()]));
}

/** Identity of a configuration: the node and the values of the variables still live there. */
export function keyOf(
  node: string,
  vars: Vars,
  live: ReadonlyMap<string, readonly string[]>,
): string {
  return `${node}\u0000${JSON.stringify((live.get(node) ?? []).map((k) => vars[k]))}`;
}

/** Every configuration reachable from the start for `caseDef`. Missing nodes are skipped. */
export function explore(
  def: Scenario,
  caseDef: ScenarioCase | undefined,
  limit = CONFIG_LIMIT,
): ConfigGraph {
  const configs: Config[] = [];
  const edges: Edge[][] = [];
  const index = new Map<string, number>();
  const blocked: Blocked[] = [];
  const live = liveVariables(def);
  const add = (node: string, vars: Vars): number => {
    const key = keyOf(node, vars, live);
    const known = index.get(key);
    if (known !== undefined) return known;
    index.set(key, configs.length);
    configs.push({ node, vars });
    edges.push([]);
    return configs.length - 1;
  };
  add(def.start, initialVars(def, caseDef));
  let truncated = false;
  for (let i = 0; i < configs.length; i += 1) {
    if (configs.length > limit) {
      truncated = true;
      break;
    }
    const { node: nodeId, vars } = configs[i]!;
    const node = def.nodes[nodeId];
    if (node === undefined || node.type === 'ending') continue;
    if (node.type === 'narrative') {
      const to = resolveNext(node.next, vars);
      if (to === undefined) blocked.push({ kind: 'no-route', node: nodeId, choice: null });
      else if (def.nodes[to] !== undefined)
        edges[i]!.push({ choice: null, to: add(to, vars), score: {} });
      continue;
    }
    for (const choice of node.choices) {
      if (!holds(choice.guard, vars)) continue;
      const result = step(choice, vars);
      const outOfBounds = boundsProblem(def, nodeId, choice.id, result.vars);
      if (outOfBounds !== undefined) {
        blocked.push(outOfBounds);
        continue;
      }
      if (result.to === undefined)
        blocked.push({ kind: 'no-route', node: nodeId, choice: choice.id });
      else if (def.nodes[result.to] !== undefined)
        edges[i]!.push({
          choice: choice.id,
          to: add(result.to, result.vars),
          score: result.outcome.score,
        });
    }
  }
  return {
    configs,
    edges,
    start: 0,
    blocked,
    truncated,
    find: (node, vars) => index.get(keyOf(node, vars, live)),
  };
}

function boundsProblem(
  def: Scenario,
  node: string,
  choice: string,
  vars: Vars,
): Blocked | undefined {
  for (const [id, variable] of Object.entries(def.variables)) {
    if (variable.type !== 'number') continue;
    const value = vars[id];
    if (typeof value === 'number' && (value < variable.min || value > variable.max))
      return {
        kind: 'bounds',
        node,
        choice,
        variable: id,
        value,
        min: variable.min,
        max: variable.max,
      };
  }
  return undefined;
}

function total(score: Score): number {
  let sum = 0;
  for (const points of Object.values(score)) sum += points ?? 0;
  return sum;
}

/** Best continuation from a configuration: points still to earn, the outcome reached, steps. */
export interface Value {
  total: number;
  /** Index in OUTCOMES (0 = won). */
  rank: number;
  steps: number;
  ending: string;
}

function better(a: Value, b: Value | undefined): boolean {
  if (b === undefined) return true;
  if (a.total !== b.total) return a.total > b.total;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.steps < b.steps;
}

/**
 * The expert's value of every configuration: the most points still available, then the best
 * outcome, then the fewest steps. `undefined` where no ending can be reached. Assumes no cycle
 * earns points (the validator rejects those), so relaxation settles.
 */
export function values(def: Scenario, graph: ConfigGraph): (Value | undefined)[] {
  const result: (Value | undefined)[] = graph.configs.map(({ node }) => {
    const n = def.nodes[node];
    return n?.type === 'ending'
      ? { total: 0, rank: OUTCOMES.indexOf(n.outcome), steps: 0, ending: node }
      : undefined;
  });
  for (let round = 0, changed = true; changed && round <= graph.configs.length; round += 1) {
    changed = false;
    graph.edges.forEach((out, i) => {
      for (const edge of out) {
        const target = result[edge.to];
        if (target === undefined) continue;
        const candidate = {
          total: total(edge.score) + target.total,
          rank: target.rank,
          steps: target.steps + 1,
          ending: target.ending,
        };
        if (better(candidate, result[i])) {
          result[i] = candidate;
          changed = true;
        }
      }
    });
  }
  return result;
}

/** The edge an expert takes from configuration `i` (the first among equals in authored order). */
export function expertEdge(
  graph: ConfigGraph,
  vals: readonly (Value | undefined)[],
  i: number,
): Edge | undefined {
  const target = vals[i];
  if (target === undefined) return undefined;
  return graph.edges[i]!.find((edge) => {
    const v = vals[edge.to];
    return (
      v !== undefined &&
      total(edge.score) + v.total === target.total &&
      v.rank === target.rank &&
      v.steps + 1 === target.steps
    );
  });
}

/** Highest and lowest points per competency over every path from the start to an ending. */
export function scoreRange(
  def: Scenario,
  graph: ConfigGraph,
): { max: Record<Competency, number>; min: Record<Competency, number> } {
  const max = {} as Record<Competency, number>;
  const min = {} as Record<Competency, number>;
  for (const c of COMPETENCIES) {
    max[c] = extreme(def, graph, c, (a, b) => a > b);
    min[c] = extreme(def, graph, c, (a, b) => a < b);
  }
  return { max, min };
}

function extreme(
  def: Scenario,
  graph: ConfigGraph,
  c: Competency,
  isBetter: (a: number, b: number) => boolean,
): number {
  const best: (number | undefined)[] = graph.configs.map(({ node }) =>
    def.nodes[node]?.type === 'ending' ? 0 : undefined,
  );
  for (let round = 0, changed = true; changed && round <= graph.configs.length; round += 1) {
    changed = false;
    graph.edges.forEach((out, i) => {
      for (const edge of out) {
        const target = best[edge.to];
        if (target === undefined) continue;
        const candidate = (edge.score[c] ?? 0) + target;
        const current = best[i];
        if (current === undefined || isBetter(candidate, current)) {
          best[i] = candidate;
          changed = true;
        }
      }
    });
  }
  return best[graph.start] ?? 0;
}

/** Strongly connected components (Tarjan, iterative); each component as config indices. */
export function components(graph: ConfigGraph): number[][] {
  const n = graph.configs.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, edgeIndex] = frame;
      if (edgeIndex === 0 && order[v] === -1) {
        order[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = true;
      }
      const out = graph.edges[v]!;
      if (edgeIndex < out.length) {
        frame[1] += 1;
        const w = out[edgeIndex]!.to;
        if (order[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== v);
        result.push(component);
      }
    }
  }
  return result;
}
