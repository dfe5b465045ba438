/**
 * Decision cards for group work: a scenario, for one case of its pool, as a brief card, one card per
 * decision the room can reach (situation, prompt, lettered options) and the trainer's answer key
 * (expert choice, why, where the lesson teaches it, facilitator notes and prompts). Pure data; the
 * trainer page renders it and learner pages never do.
 */
import type {
  Choice,
  DecisionNode,
  LessonLink,
  Scenario,
  ScenarioCase,
} from '../../schemas/scenario';
import { explore, expertEdge, values, type ConfigGraph } from '../scenario/explore';
import { holds, interpolate, outcomeOf, type Vars } from '../scenario/state';
import { inDisplayOrder, printSeed } from '../scenario/order';
import { paragraphs } from '../scenario/view';

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface CardOption {
  letter: string;
  id: string;
  label: string;
}

/** One decision, as the group reads it. */
export interface DecisionCard {
  node: string;
  /** 1-based, in the order a run meets the decisions. */
  number: number;
  title: string;
  speaker: string | undefined;
  paragraphs: string[];
  /** The case's clues, where the node shows them. */
  clues: string[];
  prompt: string;
  /** Every option offered at this node in some run of this case, in the printed order (`printSeed`). */
  options: CardOption[];
}

/** The expert's pick at one decision, with what the scenario says about it. */
export interface KeyChoice extends CardOption {
  feedback: string;
  rationale: LessonLink;
}

export interface KeyEntry {
  node: string;
  number: number;
  title: string;
  /** The expert's choice; when earlier choices change it, the pick on the expert's own path first. */
  experts: KeyChoice[];
  /** Trainer notes and prompts of the node and its options (labelled by letter). */
  notes: string[];
  prompts: string[];
}

export interface CardSet {
  caseId: string | undefined;
  caseLabel: string | undefined;
  brief: { title: string; summary: string; minutes: number; paragraphs: string[]; clues: string[] };
  cards: DecisionCard[];
  key: KeyEntry[];
  /** Trainer notes and prompts about the scenario, the case, and its narrative steps and endings. */
  notes: string[];
  prompts: string[];
}

/** The configurations on the expert's path from the start (following expert edges). */
function expertPath(graph: ConfigGraph, vals: ReturnType<typeof values>): Set<number> {
  const on = new Set<number>();
  for (let at: number | undefined = graph.start; at !== undefined && !on.has(at);) {
    on.add(at);
    at = expertEdge(graph, vals, at)?.to;
  }
  return on;
}

/** Fresh arrays (callers append to them) of a facilitator block's notes and prompts. */
const facilitatorOf = (
  f: { notes?: string | undefined; prompts?: string[] | undefined } | undefined,
) => ({
  notes: f?.notes === undefined ? [] : [f.notes],
  prompts: [...(f?.prompts ?? [])],
});

/** What one case's analysis gives every decision: the graph, expert values and text filling. */
interface Context {
  def: Scenario;
  caseDef: ScenarioCase | undefined;
  graph: ConfigGraph;
  vals: ReturnType<typeof values>;
  onPath: Set<number>;
  fill: (text: string, vars: Vars) => string;
}

/** Configurations at each decision node, nodes in the order a run first meets them. */
function decisionConfigs(def: Scenario, graph: ConfigGraph): Map<string, number[]> {
  const at = new Map<string, number[]>();
  graph.configs.forEach((config, i) => {
    if (def.nodes[config.node]?.type !== 'decision') return;
    if (!at.has(config.node)) at.set(config.node, []);
    at.get(config.node)!.push(i);
  });
  return at;
}

/** The card and the key entry of one decision node. */
function decision(
  ctx: Context,
  node: DecisionNode,
  nodeId: string,
  number: number,
  configs: number[],
): { card: DecisionCard; entry: KeyEntry } {
  const { graph, vals, onPath, fill } = ctx;
  // Texts read as on the expert's path where it passes (e.g. 「对手的类型是{{judged}}」), else as first met.
  const ranked = [...configs].sort((a, b) => Number(onPath.has(b)) - Number(onPath.has(a)));
  const first = graph.configs[ranked[0]!]!.vars;
  // One printed order per scenario, the same for every case and every print: cards and key agree.
  const offered = inDisplayOrder(node.choices, printSeed(ctx.def.id), nodeId).filter((c) =>
    configs.some((i) => holds(c.guard, graph.configs[i]!.vars)),
  );
  const letterOf = (choice: Choice) => LETTERS[offered.indexOf(choice)] ?? '?';
  const title = fill(node.title, first);
  const card: DecisionCard = {
    node: nodeId,
    number,
    title,
    speaker: node.speaker === undefined ? undefined : fill(node.speaker, first),
    paragraphs: paragraphs(fill(node.text, first)),
    clues: node.showCase ? (ctx.caseDef?.clues ?? []) : [],
    prompt: fill(node.prompt, first),
    options: offered.map((c) => ({ letter: letterOf(c), id: c.id, label: fill(c.label, first) })),
  };
  // The expert's pick on the expert's path comes first; other picks follow earlier detours.
  const experts: KeyChoice[] = [];
  for (const i of ranked) {
    const choice = node.choices.find((c) => c.id === expertEdge(graph, vals, i)?.choice);
    if (choice === undefined || experts.some((e) => e.id === choice.id)) continue;
    const vars = graph.configs[i]!.vars;
    experts.push({
      letter: letterOf(choice),
      id: choice.id,
      label: fill(choice.label, vars),
      feedback: fill(outcomeOf(choice, vars).feedback, vars),
      rationale: choice.rationale,
    });
  }
  const { notes, prompts } = facilitatorOf(node.facilitator);
  for (const choice of offered) {
    const f = facilitatorOf(choice.facilitator);
    notes.push(...f.notes.map((text) => `${letterOf(choice)}：${text}`));
    prompts.push(...f.prompts.map((text) => `${letterOf(choice)}：${text}`));
  }
  return { card, entry: { node: nodeId, number, title, experts, notes, prompts } };
}

/** Notes on the narrative steps and endings a run of the case can reach, under the step's title. */
function stepNotes(def: Scenario, graph: ConfigGraph): { notes: string[]; prompts: string[] } {
  const notes: string[] = [];
  const prompts: string[] = [];
  for (const nodeId of new Set(graph.configs.map((c) => c.node))) {
    const node = def.nodes[nodeId];
    if (node === undefined || node.type === 'decision') continue;
    const f = facilitatorOf(node.facilitator);
    notes.push(...f.notes.map((text) => `${node.title}：${text}`));
    prompts.push(...f.prompts.map((text) => `${node.title}：${text}`));
  }
  return { notes, prompts };
}

/**
 * The card set of `def` for case `caseId` (the first case when omitted; none for scenarios without
 * a case pool). Throws when the scenario has no such case: a programmer error on a build-time page.
 */
export function cardSet(def: Scenario, caseId?: string): CardSet {
  const caseDef: ScenarioCase | undefined =
    caseId === undefined ? def.cases[0] : def.cases.find((c) => c.id === caseId);
  if (caseId !== undefined && caseDef === undefined)
    throw new Error(`Scenario ${def.id} has no case ${caseId}.`);
  const graph = explore(def, caseDef);
  const vals = values(def, graph);
  const ctx: Context = {
    def,
    caseDef,
    graph,
    vals,
    onPath: expertPath(graph, vals),
    fill: (text, vars) => interpolate(def, text, caseDef, vars),
  };
  const cards: DecisionCard[] = [];
  const key: KeyEntry[] = [];
  for (const [nodeId, configs] of decisionConfigs(def, graph)) {
    const node = def.nodes[nodeId];
    if (node?.type !== 'decision') continue;
    const { card, entry } = decision(ctx, node, nodeId, cards.length + 1, configs);
    cards.push(card);
    key.push(entry);
  }
  const start = def.nodes[def.start];
  const [scenario, forCase, steps] = [
    facilitatorOf(def.facilitator),
    facilitatorOf(caseDef?.facilitator),
    stepNotes(def, graph),
  ];
  return {
    caseId: caseDef?.id,
    caseLabel: caseDef?.label,
    brief: {
      title: def.title,
      summary: def.summary,
      minutes: def.minutes,
      paragraphs:
        start?.type === 'narrative'
          ? paragraphs(ctx.fill(start.text, graph.configs[graph.start]!.vars))
          : [],
      clues: caseDef?.clues ?? [],
    },
    cards,
    key,
    notes: [...scenario.notes, ...forCase.notes, ...steps.notes],
    prompts: [...scenario.prompts, ...forCase.prompts, ...steps.prompts],
  };
}
