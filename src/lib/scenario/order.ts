/**
 * The order in which a decision's choices are shown. Authors tend to write the best choice first
 * (and longest), so the display order is drawn from a seed instead: the run's seed for a learner or
 * a workshop presentation, a fixed per-scenario seed for printed cards. Scoring, expert paths and
 * stored runs use choice ids only, so nothing but the screen depends on this order.
 */
import { createRng, hashSeed, shuffled } from '../quiz/random';

/**
 * `choices` of decision `node` in the order shown for `seed`. The same seed and node always give
 * the same order (a reload, an undo and a resumed run look alike); another seed gives another order.
 * Choices are sorted by id before shuffling, so the result does not depend on the authored order.
 */
export function inDisplayOrder<T extends { id: string }>(
  choices: readonly T[],
  seed: number,
  node: string,
): T[] {
  const byId = [...choices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return shuffled(byId, createRng(hashSeed(`${seed >>> 0}:${node}`)));
}

/** The seed of a scenario's printed decision cards: fixed, so every print has the same letters. */
export const printSeed = (scenarioId: string): number => hashSeed(`print:${scenarioId}`);
