/**
 * Blind guessing strategies against the real content (issue 11): what a learner who does not know
 * the answer scores by habit alone — always the first option, the last, the longest, the shortest
 * as DISPLAYED (after the seeded shuffle), or uniformly at random — plus the expert, who proves
 * the harness can score 100 %.
 *
 * How a blind strategy answers each kind of question:
 * - single / case: the option at that place, or with the most / fewest characters (ties: the first
 *   of them as shown); random: any option, uniformly.
 * - multiple: that one option only (a habit, not a guess at how many are right); random: each option
 *   with probability ½, again until at least one is ticked.
 * - truefalse: 对 and 错 are always shown in that order, and both are one character: first, longest
 *   and shortest answer 对, last answers 错; random: either, evenly.
 * - ordering: the steps are shown shuffled (never already right); first, longest and shortest leave
 *   them as shown, last puts them in reverse; random: a uniformly random order.
 * - matching: every pair gets the same choice — the first, last, longest or shortest as shown;
 *   random: each pair any choice, uniformly.
 * Scenario strategies pick the choice at that place or with that length at every decision as shown
 * to the learner (labels filled in), and continue at narrative steps.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { parseQuizBank } from '../../../src/schemas/quiz';
import { toLearner, type LearnerQuestion } from '../../../src/lib/quiz/learner';
import { arrange, displayOrder, drawExam, type Pool } from '../../../src/lib/quiz/draw';
import { scoreAttempt, type Answer } from '../../../src/lib/quiz/grade';
import { createRng, hashSeed, shuffled, type Rng } from '../../../src/lib/quiz/random';
import { choose, expertChoice, result, startRun, type Run } from '../../../src/lib/scenario/engine';
import { explore, values } from '../../../src/lib/scenario/explore';
import { viewOf } from '../../../src/lib/scenario/view';
import { OUTCOMES } from '../../../src/schemas/enums';
import type { Outcome, Scenario, ScenarioCase } from '../../../src/schemas/scenario';
import { loadScenario, scenarioFiles } from './load';

export const STRATEGIES = ['first', 'last', 'longest', 'shortest', 'random'] as const;
export type Strategy = (typeof STRATEGIES)[number] | 'expert';
export const SEEDS = Array.from({ length: 200 }, (_, i) => hashSeed(`guess:${i}`));

/** Picks one of `texts` (in display order) by habit; `rng` only for `random`. */
function pickIndex(
  strategy: Exclude<Strategy, 'expert'>,
  texts: readonly string[],
  rng: Rng,
): number {
  const lengths = texts.map((t) => [...t].length);
  switch (strategy) {
    case 'first':
      return 0;
    case 'last':
      return texts.length - 1;
    case 'longest':
      return lengths.indexOf(Math.max(...lengths));
    case 'shortest':
      return lengths.indexOf(Math.min(...lengths));
    case 'random':
      return Math.floor(rng() * texts.length);
  }
}

/** The answer `strategy` gives to `q` shown in `order`. */
export function answerOf(
  strategy: Strategy,
  q: LearnerQuestion,
  order: readonly string[],
  rng: Rng,
): Answer {
  switch (q.type) {
    case 'single':
    case 'case':
    case 'multiple': {
      const options = arrange(q.options, order);
      if (strategy === 'expert') return options.filter((o) => o.correct).map((o) => o.id);
      if (strategy === 'random' && q.type === 'multiple') {
        for (;;) {
          const ticked = options.filter(() => rng() < 0.5).map((o) => o.id);
          if (ticked.length > 0) return ticked;
        }
      }
      return [
        options[
          pickIndex(
            strategy,
            options.map((o) => o.text),
            rng,
          )
        ]!.id,
      ];
    }
    case 'truefalse':
      if (strategy === 'expert') return [String(q.answer)];
      if (strategy === 'random') return [rng() < 0.5 ? 'true' : 'false'];
      return [strategy === 'last' ? 'false' : 'true'];
    case 'ordering':
      if (strategy === 'expert') return q.items.map((i) => i.id);
      if (strategy === 'random') return shuffled(order, rng);
      return strategy === 'last' ? [...order].reverse() : [...order];
    case 'matching': {
      if (strategy === 'expert') return q.pairs.map((p) => p.match);
      const choices = arrange(q.choices, order);
      const texts = choices.map((c) => c.text);
      if (strategy === 'random')
        return q.pairs.map(() => choices[pickIndex('random', texts, rng)]!.id);
      const same = choices[pickIndex(strategy, texts, rng)]!.id;
      return q.pairs.map(() => same);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tests and the exam

export interface Bank {
  lesson: string;
  order: number;
  minutes: number;
  questions: LearnerQuestion[];
}

/** The real banks with their lessons' order and reading minutes (as the exam page weighs them). */
export function loadBanks(dir = 'content/quizzes', lessons = 'content/lessons'): Bank[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const file = `${dir}/${f}`;
      const { bank, issues } = parseQuizBank(file, parse(readFileSync(file, 'utf8')));
      if (bank === undefined) throw new Error(issues.map((i) => i.message).join('\n'));
      const mdx = readFileSync(`${lessons}/${bank.lesson}.mdx`, 'utf8');
      const front = parse(mdx.split(/^---$/m)[1] ?? '') as { order: number; minutes: number };
      return {
        lesson: bank.lesson,
        order: front.order,
        minutes: front.minutes,
        questions: bank.questions.map((q) => toLearner(q, bank.lesson)),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/**
 * Mean percent `strategy` scores on a test drawn the way `QuizTest` draws it (`drawExam` with the
 * attempt's seed, options in `displayOrder(q, seed)`), over `seeds`.
 */
export function meanScore(
  strategy: Strategy,
  pools: readonly Pool<LearnerQuestion>[],
  count: number,
  seeds: readonly number[] = SEEDS,
): number {
  let sum = 0;
  for (const seed of seeds) {
    const drawn = drawExam(pools, count, createRng(seed));
    const rng = createRng(hashSeed(`random:${seed}`));
    const answers = Object.fromEntries(
      drawn.map((q) => [q.id, answerOf(strategy, q, displayOrder(q, seed), rng)]),
    );
    sum += scoreAttempt(drawn, answers).percent;
  }
  return sum / seeds.length;
}

export const lessonPools = (bank: Bank): Pool<LearnerQuestion>[] => [
  { key: bank.lesson, weight: 1, questions: bank.questions },
];
export const examPools = (banks: readonly Bank[]): Pool<LearnerQuestion>[] =>
  banks.map((b) => ({ key: b.lesson, weight: b.minutes, questions: b.questions }));

// ---------------------------------------------------------------------------------------------
// Scenarios

export interface Play {
  outcome: Outcome | 'stuck';
  /** Every competency at its maximum. */
  full: boolean;
  /** Points earned as a percent of the maximum total. */
  percent: number;
}

const AT = '2026-11-27T08:00:00.000Z';
/** A blind habit can walk a loop forever (the same node shows the same order): stop there. */
const STEP_LIMIT = 200;

/** One run of `def` in case `caseId` with `seed`, choosing by `strategy`. */
export function play(
  def: Scenario,
  caseId: string | undefined,
  seed: number,
  strategy: Strategy,
): Play {
  let run: Run = startRun(def, caseId === undefined ? { seed, at: AT } : { seed, at: AT, caseId });
  const rng = createRng(hashSeed(`random:${seed}`));
  for (let i = 0; i < STEP_LIMIT && run.finishedAt === undefined; i += 1) {
    const view = viewOf(def, run);
    if (view.kind !== 'step') break;
    let move: string | null = null;
    if (view.nodeType === 'decision') {
      move =
        strategy === 'expert'
          ? (expertChoice(def, run) ?? null)
          : view.choices[
              pickIndex(
                strategy,
                view.choices.map((c) => c.label),
                rng,
              )
            ]!.id;
    }
    run = choose(def, run, move, AT);
  }
  const res = result(def, run);
  if (res === undefined) return { outcome: 'stuck', full: false, percent: 0 };
  const max = res.scores.reduce((a, s) => a + s.max, 0);
  const got = res.scores.reduce((a, s) => a + s.score, 0);
  return {
    outcome: res.outcome,
    full: res.scores.every((s) => s.score === s.max),
    percent: max === 0 ? 100 : (100 * got) / max,
  };
}

/**
 * The chance that uniformly random play of `caseDef` ends `won` with full marks: the probability of
 * taking only edges that keep the most points reachable and ending at a won ending (exact, on the
 * validator's configuration graph).
 */
export function chanceOfFullWin(def: Scenario, caseDef: ScenarioCase | undefined): number {
  const graph = explore(def, caseDef);
  const vals = values(def, graph);
  const total = (score: Record<string, number | undefined>) =>
    Object.values(score).reduce<number>((a, b) => a + (b ?? 0), 0);
  const p: number[] = graph.configs.map(({ node }) => {
    const n = def.nodes[node];
    return n?.type === 'ending' && n.outcome === 'won' ? 1 : 0;
  });
  for (let round = 0; round < 1000; round += 1) {
    let changed = false;
    graph.edges.forEach((out, i) => {
      if (out.length === 0) return;
      const here = vals[i];
      let sum = 0;
      for (const e of out) {
        const there = vals[e.to];
        if (
          here !== undefined &&
          there !== undefined &&
          total(e.score) + there.total === here.total
        )
          sum += p[e.to]!;
      }
      const next = sum / out.length;
      // Relative: a long scenario's chance is tiny (1/3 over 26 steps is about 4e-13), and an
      // absolute tolerance would stop the iteration before it reaches the start.
      if (Math.abs(next - p[i]!) > 1e-9 * Math.max(next, p[i]!)) changed = true;
      p[i] = next;
    });
    if (!changed) break;
  }
  return p[graph.start]!;
}

export interface ScenarioCaseRow {
  scenario: string;
  caseId: string | undefined;
  caseDef: ScenarioCase | undefined;
  def: Scenario;
}

export function loadScenarioCases(): ScenarioCaseRow[] {
  return scenarioFiles().flatMap((file) => {
    const def = loadScenario(file).scenario;
    if (def === undefined) throw new Error(`${file} does not load`);
    const cases: (ScenarioCase | undefined)[] = def.cases.length > 0 ? def.cases : [undefined];
    return cases.map((c) => ({ scenario: def.id, caseId: c?.id, caseDef: c, def }));
  });
}

export interface Summary {
  mean: number;
  fullWins: number;
  best: Outcome | 'stuck';
  stuck: number;
}

export function summarise(plays: readonly Play[]): Summary {
  const rank = (o: Outcome | 'stuck') => (o === 'stuck' ? OUTCOMES.length : OUTCOMES.indexOf(o));
  return {
    mean: plays.reduce((a, p) => a + p.percent, 0) / plays.length,
    fullWins: plays.filter((p) => p.full && p.outcome === 'won').length / plays.length,
    best: plays.map((p) => p.outcome).sort((a, b) => rank(a) - rank(b))[0] ?? 'stuck',
    stuck: plays.filter((p) => p.outcome === 'stuck').length,
  };
}

/**
 * Criterion for strategies that do not read the content (first, last, random): with the seeded
 * order each is a uniformly random pick at every decision, so its share of won-with-full-marks
 * runs should be the chance rate. It may exceed neither 5 % nor the chance rate plus three
 * standard errors of a 200-seed sample (so a short scenario where luck alone often wins full
 * marks is judged against luck, not against 5 %).
 */
export const allowedFullWinShare = (chance: number, n = SEEDS.length): number =>
  Math.max(0.05, chance + 3 * Math.sqrt((chance * (1 - chance)) / n));
