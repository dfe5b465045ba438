/** What the dashboard needs from finished scenario runs: each run's outcome and points, by replay. */
import type { Outcome, Scenario } from '../../schemas/scenario';
import type { Competency } from '../../schemas/competency';
import { position, type Run } from '../scenario/engine';
import { OUTCOMES } from '../../schemas/enums';

export interface RunSummary {
  outcome: Outcome;
  score: Partial<Record<Competency, number>>;
  finishedAt: string;
}

/** The outcome and points of a finished run, or `undefined` when it no longer reaches an ending (content changed). */
export function summarizeRun(def: Scenario, run: Run): RunSummary | undefined {
  if (run.finishedAt === undefined || run.scenario !== def.id) return undefined;
  const end = position(def, run);
  if (end.node.type !== 'ending') return undefined;
  return { outcome: end.node.outcome, score: end.score, finishedAt: run.finishedAt };
}

/** The best of several outcomes (OUTCOMES is ordered best first). */
export function bestOutcome(outcomes: readonly Outcome[]): Outcome | undefined {
  return OUTCOMES.find((o) => outcomes.includes(o));
}

/**
 * The scenario with every text left out: all that replaying a run needs (graph, guards, effects,
 * scores, outcomes, case variables). The dashboard ships this instead of the full scenario, so
 * its page stays small however many scenarios the course has. Facilitator notes go too.
 */
export function skeleton(def: Scenario): Scenario {
  const nodes: Scenario['nodes'] = {};
  for (const [id, node] of Object.entries(def.nodes)) {
    const { facilitator: _f, speaker: _s, ...rest } = node;
    const base = { ...rest, title: '', text: '' };
    if (base.type === 'decision') {
      const choices = base.choices.map(({ facilitator: _c, branches, ...choice }) => {
        const plain = { ...choice, label: '', feedback: '' };
        return branches === undefined
          ? plain
          : { ...plain, branches: branches.map(({ feedback: _b, ...b }) => b) };
      });
      nodes[id] = { ...base, prompt: '', choices };
    } else if (base.type === 'ending') nodes[id] = { ...base, debrief: [], review: [] };
    else nodes[id] = base;
  }
  const { facilitator: _f, ...rest } = def;
  return {
    ...rest,
    title: '',
    summary: '',
    nodes,
    cases: def.cases.map((c) => ({ id: c.id, label: '', clues: [], set: c.set, facts: {} })),
  };
}
