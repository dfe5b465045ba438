/**
 * The scenario engine: pure functions over a run, which is plain JSON (see `runs.ts` for how runs
 * are stored). A run records only the seed, the drawn case and the steps taken; the current node,
 * variables and score are always recomputed by replaying the steps, so undo cannot corrupt them.
 */
import type {
  Choice,
  LessonLink,
  Outcome,
  Scenario,
  ScenarioCase,
  ScenarioNode,
  Score,
} from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import { createRng } from '../quiz/random';
import { explore, expertEdge, scoreRange, values } from './explore';
import { inDisplayOrder } from './order';
import {
  addScores,
  holds,
  initialVars,
  resolveNext,
  ScenarioError,
  step as transition,
  type Vars,
} from './state';

/** One step of a run: the node, and the choice made there (`null` for “继续”). */
export interface Step {
  node: string;
  choice: string | null;
}

export interface Run {
  v: 1;
  scenario: string;
  seed: number;
  /** Id of the drawn case, or null when the scenario has no cases. */
  case: string | null;
  steps: Step[];
  startedAt: string;
  /** Set when the run reached an ending. */
  finishedAt?: string;
}

/** Draws a case with `seed`, avoiding the ids in `avoid` while other cases remain. */
export function drawCase(
  def: Scenario,
  seed: number,
  avoid: readonly string[] = [],
): ScenarioCase | undefined {
  if (def.cases.length === 0) return undefined;
  const fresh = def.cases.filter((c) => !avoid.includes(c.id));
  const pool = fresh.length > 0 ? fresh : def.cases;
  return pool[Math.floor(createRng(seed)() * pool.length)];
}

/** Starts a run. `avoid` lists recently played case ids; `caseId` forces a case (trainer, tests). */
export function startRun(
  def: Scenario,
  options: { seed: number; at: string; avoid?: readonly string[]; caseId?: string },
): Run {
  const forced =
    options.caseId === undefined ? undefined : def.cases.find((c) => c.id === options.caseId);
  if (options.caseId !== undefined && forced === undefined)
    throw new ScenarioError(`Scenario ${def.id} has no case ${options.caseId}.`);
  const drawn = forced ?? drawCase(def, options.seed, options.avoid);
  return {
    v: 1,
    scenario: def.id,
    seed: options.seed >>> 0,
    case: drawn?.id ?? null,
    steps: [],
    startedAt: options.at,
  };
}

/** Where a run stands after replaying its steps. */
export interface Position {
  node: ScenarioNode;
  nodeId: string;
  vars: Vars;
  score: Score;
  caseDef: ScenarioCase | undefined;
  /** Feedback of the last choice, if the last step was a choice. */
  feedback: { choice: Choice; text: string } | undefined;
  /** Number of leading steps that still fit the scenario (fewer than `steps.length` after a content edit). */
  validSteps: number;
}

export function caseOf(def: Scenario, run: Run): ScenarioCase | undefined {
  return run.case === null ? undefined : def.cases.find((c) => c.id === run.case);
}

/** Replays the run. Steps that no longer fit the scenario (content changed) are ignored from there on. */
export function position(def: Scenario, run: Run): Position {
  const caseDef = caseOf(def, run);
  let nodeId = def.start;
  let vars = initialVars(def, caseDef);
  let score: Score = {};
  let feedback: Position['feedback'];
  let validSteps = 0;
  for (const s of run.steps) {
    const node = def.nodes[nodeId];
    if (node === undefined || s.node !== nodeId) break;
    let to: string | undefined;
    if (node.type === 'narrative' && s.choice === null) {
      to = resolveNext(node.next, vars);
      feedback = undefined;
    } else if (node.type === 'decision') {
      const choice = node.choices.find((c) => c.id === s.choice && holds(c.guard, vars));
      if (choice === undefined) break;
      const result = transition(choice, vars);
      vars = result.vars;
      score = addScores(score, result.outcome.score);
      feedback = { choice, text: result.outcome.feedback };
      to = result.to;
    }
    if (to === undefined || def.nodes[to] === undefined) break;
    nodeId = to;
    validSteps += 1;
  }
  const node = def.nodes[nodeId];
  if (node === undefined)
    throw new ScenarioError(`Scenario ${def.id} has no start node ${def.start}.`);
  return { node, nodeId, vars, score, caseDef, feedback, validSteps };
}

/**
 * The choices the learner may pick now, in the run's display order (seeded by the run's seed, see
 * `order.ts`); empty at narrative and ending nodes.
 */
export function choicesOf(def: Scenario, run: Run): Choice[] {
  const { node, nodeId, vars } = position(def, run);
  return node.type === 'decision'
    ? inDisplayOrder(node.choices, run.seed, nodeId).filter((c) => holds(c.guard, vars))
    : [];
}

/** Takes a choice (or continues with `null` at a narrative node). `at` stamps a run that ends. */
export function choose(def: Scenario, run: Run, choiceId: string | null, at: string): Run {
  if (run.finishedAt !== undefined)
    throw new ScenarioError(`Run of ${def.id} is already finished.`);
  const here = position(def, run);
  const steps = run.steps.slice(0, here.validSteps);
  if (here.node.type === 'ending') throw new ScenarioError(`Run of ${def.id} is at an ending.`);
  if (here.node.type === 'narrative' && choiceId !== null)
    throw new ScenarioError(`Node ${here.nodeId} is narrative: continue with null.`);
  if (here.node.type === 'decision' && !choicesOf(def, run).some((c) => c.id === choiceId))
    throw new ScenarioError(`Choice ${String(choiceId)} is not available at node ${here.nodeId}.`);
  const next: Run = { ...run, steps: [...steps, { node: here.nodeId, choice: choiceId }] };
  return position(def, next).node.type === 'ending' ? { ...next, finishedAt: at } : next;
}

/** Takes back the last choice (and any “继续” after it). At the start, returns the run unchanged. */
export function undo(def: Scenario, run: Run): Run {
  const steps = run.steps.slice(0, position(def, run).validSteps);
  let cut = steps.length;
  while (cut > 0 && steps[cut - 1]!.choice === null) cut -= 1;
  cut = Math.max(0, cut - 1);
  const { finishedAt: _finished, ...rest } = run;
  return { ...rest, steps: steps.slice(0, cut) };
}

export function canUndo(run: Run): boolean {
  return run.finishedAt === undefined && run.steps.some((s) => s.choice !== null);
}

/** A decision on the learner's path, with the expert's choice where it differed. */
export interface PathEntry {
  node: string;
  choice: Choice;
  feedback: string;
  expert: Choice | undefined;
}

export interface RunResult {
  ending: string;
  outcome: Outcome;
  scores: { competency: Competency; score: number; max: number }[];
  path: PathEntry[];
  /** Sections to review: rationales of choices that differed from the expert's, then the ending's. */
  review: LessonLink[];
  caseDef: ScenarioCase | undefined;
  vars: Vars;
}

interface Analysis {
  graph: ReturnType<typeof explore>;
  vals: ReturnType<typeof values>;
  max: ReturnType<typeof scoreRange>['max'];
}

/** Analyses are a pure function of the scenario and case, so they are computed once per pair. */
const analyses = new WeakMap<Scenario, Map<string, Analysis>>();

function analyse(def: Scenario, caseDef: ScenarioCase | undefined): Analysis {
  let byCase = analyses.get(def);
  if (byCase === undefined) analyses.set(def, (byCase = new Map()));
  const key = caseDef?.id ?? '';
  let analysis = byCase.get(key);
  if (analysis === undefined) {
    const graph = explore(def, caseDef);
    analysis = { graph, vals: values(def, graph), max: scoreRange(def, graph).max };
    byCase.set(key, analysis);
  }
  return analysis;
}

/** The choice an expert takes where the run stands now; `undefined` away from a decision. */
export function expertChoice(def: Scenario, run: Run): string | undefined {
  const here = position(def, run);
  if (here.node.type !== 'decision') return undefined;
  const { graph, vals } = analyse(def, here.caseDef);
  const at = graph.find(here.nodeId, here.vars);
  const edge = at === undefined ? undefined : expertEdge(graph, vals, at);
  return edge?.choice ?? undefined;
}

/** The result of a finished run; `undefined` while it is not at an ending. */
export function result(def: Scenario, run: Run): RunResult | undefined {
  const end = position(def, run);
  if (end.node.type !== 'ending') return undefined;
  const { graph, vals, max } = analyse(def, end.caseDef);
  const path: PathEntry[] = [];
  let vars = initialVars(def, end.caseDef);
  for (const s of run.steps.slice(0, end.validSteps)) {
    const node = def.nodes[s.node];
    if (node?.type === 'narrative') continue;
    if (node?.type !== 'decision') break;
    const choice = node.choices.find((c) => c.id === s.choice)!;
    const at = graph.find(s.node, vars);
    const edge = at === undefined ? undefined : expertEdge(graph, vals, at);
    const expert =
      edge?.choice === choice.id ? undefined : node.choices.find((c) => c.id === edge?.choice);
    const moved = transition(choice, vars);
    path.push({ node: s.node, choice, feedback: moved.outcome.feedback, expert });
    vars = moved.vars;
  }
  const review: LessonLink[] = [];
  const addLink = (link: LessonLink) => {
    if (!review.some((l) => l.lesson === link.lesson && l.section === link.section))
      review.push(link);
  };
  path.filter((p) => p.expert !== undefined).forEach((p) => addLink(p.choice.rationale));
  end.node.review.forEach(addLink);
  return {
    ending: end.nodeId,
    outcome: end.node.outcome,
    scores: def.competencies.map((competency) => ({
      competency,
      score: end.score[competency] ?? 0,
      max: max[competency],
    })),
    path,
    review,
    caseDef: end.caseDef,
    vars: end.vars,
  };
}
