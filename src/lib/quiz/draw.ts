/** Drawing questions for a test and ordering their options, reproducibly from a seed. */
import type { Question } from '../../schemas/quiz';
import type { LearnerQuestion } from './learner';
import { createRng, hashSeed, shuffled, type Rng } from './random';

/**
 * The seed of pages that show a question outside a test (self-checks in lessons, the no-JS
 * fallback, the bank page, the mistakes book): fixed, so server and client agree on one order.
 */
export const FIXED_ORDER_SEED = 0;

/** `n` questions from `pool` in random order (all of them when the pool is smaller). */
export function drawQuestions<T>(pool: readonly T[], n: number, rng: Rng): T[] {
  return shuffled(pool, rng).slice(0, Math.max(0, n));
}

/**
 * The display order of a question's options (or steps, or matching choices) for one attempt.
 * Derived from the attempt's seed and the question id, so it is stable across reloads.
 * True/false keeps 对 before 错. An ordering question is never shown already in the right order.
 */
export function displayOrder(question: LearnerQuestion | Question, seed: number): string[] {
  const rng = createRng(hashSeed(`${seed}:${question.id}`));
  switch (question.type) {
    case 'single':
    case 'case':
    case 'multiple':
      return shuffled(
        question.options.map((o) => o.id),
        rng,
      );
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const out = shuffled(ids, rng);
      // Shown in the right order, “leave it as it is” would be the answer: rotate by one.
      if (out.every((id, i) => id === ids[i])) out.push(out.shift()!);
      return out;
    }
    case 'matching':
      return shuffled(
        question.choices.map((c) => c.id),
        rng,
      );
    case 'truefalse':
      return ['true', 'false'];
  }
}

/** `items` (options, steps or choices) rearranged in a display `order` of their ids. */
export function arrange<T extends { id: string }>(
  items: readonly T[],
  order: readonly string[],
): T[] {
  return order.flatMap((id) => items.filter((item) => item.id === id));
}

export interface Pool<T> {
  key: string;
  questions: readonly T[];
  /** Relative share of the exam, e.g. the lesson's minutes. */
  weight: number;
}

/**
 * How many questions each pool gives to a `total`-question exam: proportional to weight (largest
 * remainder), never more than a pool holds; what a small pool cannot give goes to the others.
 */
export function allocate<T>(pools: readonly Pool<T>[], total: number): Map<string, number> {
  const counts = new Map(pools.map((p) => [p.key, 0]));
  let left = Math.min(
    total,
    pools.reduce((n, p) => n + p.questions.length, 0),
  );
  while (left > 0) {
    const open = pools.filter((p) => (counts.get(p.key) ?? 0) < p.questions.length && p.weight > 0);
    const active =
      open.length > 0 ? open : pools.filter((p) => (counts.get(p.key) ?? 0) < p.questions.length);
    const weight = active.reduce((n, p) => n + (open.length > 0 ? p.weight : 1), 0);
    const shares = active.map((p) => {
      const exact = (left * (open.length > 0 ? p.weight : 1)) / weight;
      const room = p.questions.length - (counts.get(p.key) ?? 0);
      return { p, whole: Math.min(Math.floor(exact), room), rest: exact - Math.floor(exact), room };
    });
    let given = 0;
    for (const s of shares) {
      counts.set(s.p.key, (counts.get(s.p.key) ?? 0) + s.whole);
      given += s.whole;
    }
    // Hand out the remainder one at a time, largest fraction first (ties: pool order).
    const byRest = [...shares].sort((a, b) => b.rest - a.rest);
    for (const s of byRest) {
      if (given >= left) break;
      if ((counts.get(s.p.key) ?? 0) < s.p.questions.length) {
        counts.set(s.p.key, (counts.get(s.p.key) ?? 0) + 1);
        given += 1;
      }
    }
    left -= given;
    if (given === 0) break;
  }
  return counts;
}

/** An exam: each pool's share drawn at random, then all of them shuffled together. */
export function drawExam<T>(pools: readonly Pool<T>[], total: number, rng: Rng): T[] {
  const counts = allocate(pools, total);
  const picked = pools.flatMap((p) => drawQuestions(p.questions, counts.get(p.key) ?? 0, rng));
  return shuffled(picked, rng);
}
