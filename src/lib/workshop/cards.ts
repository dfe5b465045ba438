/**
 * Decision cards for group work: a scenario, for one case of its pool, as a brief card, one card per
 * decision the room can reach (situation, prompt, lettered options) and the trainer's answer key
 * (expert choice, why, where the lesson teaches it, facilitator notes and prompts). Pure data; the
 * trainer page renders it and learner pages never do.
 */
import type { Choice, LessonLink, Scenario, ScenarioCase } from '../../schemas/scenario';
import { explore, expertEdge, values, type ConfigGraph } from '../scenario/explore';
import { holds, interpolate, outcomeOf, type Vars } from '../scenario/state';
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
  /** Every option offered at this node in some run of this case, in authored order. */
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
  for (let at: number | undefined = graph.start; at !== undefined && !on.has(at); ) {
    on.add(at);
    at = expertEdge(graph, vals, at)?.to;
  }
  return on;
}

const facilitatorOf = (f: { notes?: string | undefined; prompts?: string[] | undefined } | undefined) => ({
  notes: f?.notes === undefined ? [] : [f.notes],
  prompts: f?.prompts ?? [],
});

/**
 * The card set of `def` for case `caseId` (the first case when omitted; none for scenarios without
 * a case pool). Throws when the scenario has no such case: a programmer error on a build-time page.
 */
export function cardSet(def: Scenario, caseId?: string): CardSet {
  const caseDef: ScenarioCase | undefined = caseId === undefined ? def.cases[0] : def.cases.find((c) => c.id === caseId);
  if (caseId !== undefined && caseDef === undefined) throw new Error(`Scenario ${def.id} has no case ${caseId}.`);
  const graph = explore(def, caseDef);
  const vals = values(def, graph);
  const onPath = expertPath(graph, vals);
  const fill = (text: string, vars: Vars) => interpolate(def, text, caseDef, vars);

  const order: string[] = [];
  const at = new Map<string, number[]>();
  graph.configs.forEach((config, i) => {
    if (def.nodes[config.node]?.type !== 'decision') return;
    if (!at.has(config.node)) {
      order.push(config.node);
      at.set(config.node, []);
    }
    at.get(config.node)!.push(i);
  });

  const cards: DecisionCard[] = [];
  const key: KeyEntry[] = [];
  order.forEach((nodeId, n) => {
    const node = def.nodes[nodeId];
    if (node?.type !== 'decision') return;
    const configs = at.get(nodeId)!;
    // Texts read as on the expert's path where it passes (e.g. 「对手的类型是{{judged}}」), else as first met.
    const ranked = [...configs].sort((a, b) => Number(onPath.has(b)) - Number(onPath.has(a)));
    const first = graph.configs[ranked[0]!]!.vars;
    const offered = node.choices.filter((c) => configs.some((i) => holds(c.guard, graph.configs[i]!.vars)));
    const letterOf = (choice: Choice) => LETTERS[offered.indexOf(choice)] ?? '?';
    const options = offered.map((c) => ({ letter: letterOf(c), id: c.id, label: fill(c.label, first) }));
    cards.push({
      node: nodeId,
      number: n + 1,
      title: fill(node.title, first),
      speaker: node.speaker === undefined ? undefined : fill(node.speaker, first),
      paragraphs: paragraphs(fill(node.text, first)),
      clues: node.showCase ? (caseDef?.clues ?? []) : [],
      prompt: fill(node.prompt, first),
      options,
    });
    // The expert's pick on the expert's path comes first; other picks follow earlier detours.
    const experts: KeyChoice[] = [];
    for (const i of ranked) {
      const choice = node.choices.find((c) => c.id === expertEdge(graph, vals, i)?.choice);
      if (choice === undefined || experts.some((e) => e.id === choice.id)) continue;
      const vars = graph.configs[i]!.vars;
      experts.push({ letter: letterOf(choice), id: choice.id, label: fill(choice.label, vars), feedback: fill(outcomeOf(choice, vars).feedback, vars), rationale: choice.rationale });
    }
    const own = facilitatorOf(node.facilitator);
    const notes = [...own.notes];
    const prompts = [...own.prompts];
    for (const choice of offered) {
      const f = facilitatorOf(choice.facilitator);
      notes.push(...f.notes.map((text) => `${letterOf(choice)}：${text}`));
      prompts.push(...f.prompts.map((text) => `${letterOf(choice)}：${text}`));
    }
    key.push({ node: nodeId, number: n + 1, title: fill(node.title, first), experts, notes, prompts });
  });

  // Notes on narrative steps and endings go with the scenario's, under the step's title.
  const stepNotes: string[] = [];
  const stepPrompts: string[] = [];
  for (const nodeId of new Set(graph.configs.map((c) => c.node))) {
    const node = def.nodes[nodeId];
    if (node === undefined || node.type === 'decision') continue;
    const f = facilitatorOf(node.facilitator);
    stepNotes.push(...f.notes.map((text) => `${node.title}：${text}`));
    stepPrompts.push(...f.prompts.map((text) => `${node.title}：${text}`));
  }
  const start = def.nodes[def.start];
  const startVars = graph.configs[graph.start]!.vars;
  const scenarioNotes = facilitatorOf(def.facilitator);
  const caseNotes = facilitatorOf(caseDef?.facilitator);
  return {
    caseId: caseDef?.id,
    caseLabel: caseDef?.label,
    brief: {
      title: def.title,
      summary: def.summary,
      minutes: def.minutes,
      paragraphs: start?.type === 'narrative' ? paragraphs(fill(start.text, startVars)) : [],
      clues: caseDef?.clues ?? [],
    },
    cards,
    key,
    notes: [...scenarioNotes.notes, ...caseNotes.notes, ...stepNotes],
    prompts: [...scenarioNotes.prompts, ...caseNotes.prompts, ...stepPrompts],
  };
}
