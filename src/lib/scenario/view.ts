/**
 * What the player and the debrief show, as plain data: texts already filled in, conditions already
 * decided. Islands render these and nothing else, so no scenario rule lives in a component.
 */
import type { LessonLink, Outcome, Scenario } from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import { canUndo, choicesOf, position, result, type Run } from './engine';
import { displayValue, holds, interpolate } from './state';

/** Paragraphs of a text (blank-line separated). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export interface StepView {
  kind: 'step';
  /** Changes whenever the step changes: a key for focus and animation. */
  key: string;
  nodeType: 'narrative' | 'decision';
  title: string;
  speaker: string | undefined;
  paragraphs: string[];
  clues: string[];
  prompt: string | undefined;
  choices: { id: string; label: string }[];
  feedback: { text: string; rationale: LessonLink } | undefined;
  state: { label: string; value: string }[];
  canUndo: boolean;
  stepNumber: number;
}

export interface EndingView {
  kind: 'ending';
  key: string;
  ending: string;
  outcome: Outcome;
  title: string;
  paragraphs: string[];
  feedback: { text: string; rationale: LessonLink } | undefined;
  caseLabel: string | undefined;
  debrief: string[];
  scores: { competency: Competency; score: number; max: number }[];
  path: {
    title: string;
    choice: string;
    feedback: string;
    expert: string | undefined;
    rationale: LessonLink;
  }[];
  review: LessonLink[];
}

export type RunView = StepView | EndingView;

/** The view of a run as it stands. `yes`/`no` are the words for flag values. */
export function viewOf(
  def: Scenario,
  run: Run,
  words: { yes: string; no: string } = { yes: '是', no: '否' },
): RunView {
  const here = position(def, run);
  const fill = (text: string) => interpolate(def, text, here.caseDef, here.vars);
  const feedback =
    here.feedback === undefined
      ? undefined
      : { text: fill(here.feedback.text), rationale: here.feedback.choice.rationale };
  const key = `${run.startedAt}/${here.validSteps}`;
  const node = here.node;
  if (node.type === 'ending') {
    const res = result(def, run)!;
    return {
      kind: 'ending',
      key,
      ending: here.nodeId,
      outcome: node.outcome,
      title: fill(node.title),
      paragraphs: paragraphs(fill(node.text)),
      feedback,
      caseLabel: here.caseDef?.label,
      debrief: node.debrief
        .filter((p) => holds(p.when, here.vars))
        .flatMap((p) => paragraphs(fill(p.text))),
      scores: res.scores,
      path: res.path.map((p) => ({
        title: fill(def.nodes[p.node]?.title ?? ''),
        choice: fill(p.choice.label),
        feedback: fill(p.feedback),
        expert: p.expert === undefined ? undefined : fill(p.expert.label),
        rationale: p.choice.rationale,
      })),
      review: res.review,
    };
  }
  return {
    kind: 'step',
    key,
    nodeType: node.type,
    title: fill(node.title),
    speaker: node.speaker === undefined ? undefined : fill(node.speaker),
    paragraphs: paragraphs(fill(node.text)),
    clues: node.showCase ? (here.caseDef?.clues ?? []) : [],
    prompt: node.type === 'decision' ? fill(node.prompt) : undefined,
    choices: choicesOf(def, run).map((c) => ({ id: c.id, label: fill(c.label) })),
    feedback,
    state: Object.entries(def.variables)
      .filter(([, v]) => v.visible)
      .map(([id, v]) => ({
        label: v.label,
        value: displayValue(def, id, here.vars[id], words.yes, words.no),
      })),
    canUndo: canUndo(run),
    stepNumber: run.steps.slice(0, here.validSteps).filter((s) => s.choice !== null).length + 1,
  };
}

/** A scenario as learners may receive it: every `facilitator` block removed. */
export function forLearners(def: Scenario): Scenario {
  const { facilitator: _f, ...rest } = def;
  const nodes: Scenario['nodes'] = {};
  for (const [id, node] of Object.entries(def.nodes)) {
    const { facilitator: _n, ...plain } = node;
    nodes[id] =
      plain.type === 'decision'
        ? { ...plain, choices: plain.choices.map(({ facilitator: _c, ...choice }) => choice) }
        : plain;
  }
  return { ...rest, nodes, cases: def.cases.map(({ facilitator: _c, ...c }) => c) };
}

/** Counts for the scenario list and the closing report. */
export function stats(def: Scenario): {
  nodes: number;
  choices: number;
  endings: number;
  cases: number;
} {
  const nodes = Object.values(def.nodes);
  return {
    nodes: nodes.length,
    choices: nodes.reduce((n, node) => n + (node.type === 'decision' ? node.choices.length : 0), 0),
    endings: nodes.filter((node) => node.type === 'ending').length,
    cases: def.cases.length,
  };
}
