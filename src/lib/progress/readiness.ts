/**
 * “可以上场了吗” — the readiness index, 0–100, from four parts:
 *   课程覆盖 (lessons read)         30 points × read / lessons
 *   单元测验 (lesson tests)         30 points × mean of each lesson's best score (not taken = 0)
 *   结业考试 (final exam)           15 points × best exam score
 *   情景模拟 (scenario outcomes)    25 points × mean of each scenario's best outcome value
 * Outcome values: won 1, partial 0.6, risky-win 0.4, lost 0.1, not played 0 — a clean win is what
 * the field asks for; a risky win is worth less than a partial result because it stores up trouble.
 * A part with nothing in it (e.g. no scenarios yet) drops out and the others are scaled to 100.
 */
import type { Outcome } from '../../schemas/scenario';

export const WEIGHTS = { reading: 30, tests: 30, exam: 15, scenarios: 25 } as const;
export type PartId = keyof typeof WEIGHTS;

export const OUTCOME_VALUE: Record<Outcome, number> = {
  won: 1,
  partial: 0.6,
  'risky-win': 0.4,
  lost: 0.1,
};

export interface ReadinessInput {
  /** Lesson ids in course order. */
  lessons: readonly string[];
  read: readonly string[];
  /** Lessons that have a test, in course order. */
  tests: readonly string[];
  /** Best percent per test id (lesson id or `exam`). */
  best: Readonly<Record<string, number | undefined>>;
  hasExam: boolean;
  /** Scenario ids in order. */
  scenarios: readonly string[];
  bestOutcome: Readonly<Record<string, Outcome | undefined>>;
}

export interface Part {
  id: PartId;
  /** Points this part can give, after scaling. */
  weight: number;
  /** Points earned (unrounded). */
  points: number;
  /** Progress within the part, 0–1. */
  ratio: number;
}

export type Action =
  | { kind: 'read'; lesson: string; gain: number }
  | { kind: 'test'; lesson: string; best: number | undefined; gain: number }
  | { kind: 'exam'; best: number | undefined; gain: number }
  | { kind: 'scenario'; scenario: string; best: Outcome | undefined; gain: number };

export interface Readiness {
  score: number;
  parts: Part[];
  /** The three actions that would raise the score most, largest gain first. */
  next: Action[];
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
const clampPct = (p: number | undefined) => Math.min(100, Math.max(0, p ?? 0)) / 100;

/** Computes the index, each part's contribution and the best next steps. */
export function readiness(input: ReadinessInput): Readiness {
  const present: Record<PartId, boolean> = {
    reading: input.lessons.length > 0,
    tests: input.tests.length > 0,
    exam: input.hasExam,
    scenarios: input.scenarios.length > 0,
  };
  const ids = (Object.keys(WEIGHTS) as PartId[]).filter((id) => present[id]);
  const total = ids.reduce((n, id) => n + WEIGHTS[id], 0);
  const scale = (id: PartId) => (total === 0 ? 0 : (WEIGHTS[id] * 100) / total);
  const read = new Set(input.read);
  const ratios: Record<PartId, number> = {
    reading: mean(input.lessons.map((l) => (read.has(l) ? 1 : 0))),
    tests: mean(input.tests.map((t) => clampPct(input.best[t]))),
    exam: clampPct(input.best['exam']),
    scenarios: mean(
      input.scenarios.map(
        (s) =>
          OUTCOME_VALUE[input.bestOutcome[s] ?? 'lost'] *
          (input.bestOutcome[s] === undefined ? 0 : 1),
      ),
    ),
  };
  const parts = ids.map((id) => ({
    id,
    weight: scale(id),
    points: scale(id) * ratios[id],
    ratio: ratios[id],
  }));
  const score = Math.round(parts.reduce((n, p) => n + p.points, 0));

  const actions: Action[] = [];
  if (present.reading) {
    const each = scale('reading') / input.lessons.length;
    input.lessons
      .filter((l) => !read.has(l))
      .forEach((lesson) => actions.push({ kind: 'read', lesson, gain: each }));
  }
  if (present.tests) {
    const each = scale('tests') / input.tests.length;
    input.tests.forEach((lesson) =>
      actions.push({
        kind: 'test',
        lesson,
        best: input.best[lesson],
        gain: each * (1 - clampPct(input.best[lesson])),
      }),
    );
  }
  if (present.exam)
    actions.push({
      kind: 'exam',
      best: input.best['exam'],
      gain: scale('exam') * (1 - clampPct(input.best['exam'])),
    });
  if (present.scenarios) {
    const each = scale('scenarios') / input.scenarios.length;
    input.scenarios.forEach((scenario) => {
      const best = input.bestOutcome[scenario];
      actions.push({
        kind: 'scenario',
        scenario,
        best,
        gain: each * (1 - (best === undefined ? 0 : OUTCOME_VALUE[best])),
      });
    });
  }
  // Stable sort: equal gains keep the order above (reading first, then course order).
  const next = actions
    .filter((a) => a.gain > 1e-9)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3);
  return { score, parts, next };
}
