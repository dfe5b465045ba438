import { describe, expect, test } from 'vitest';
import { allocate, displayOrder, drawExam, drawQuestions } from '../../../../src/lib/quiz/draw';
import { createRng, hashSeed, shuffled } from '../../../../src/lib/quiz/random';
import { all, matching, ordering, single, truefalse } from '../../../fixtures/quiz';

const pool = Array.from({ length: 14 }, (_, i) => `q${i}`);

describe('seeded draws', () => {
  test('the same seed draws the same questions in the same order', () => {
    expect(drawQuestions(pool, 8, createRng(42))).toEqual(drawQuestions(pool, 8, createRng(42)));
  });
  test('different seeds draw differently', () => {
    const draws = new Set(
      [1, 2, 3, 4, 5].map((seed) => drawQuestions(pool, 8, createRng(seed)).join()),
    );
    expect(draws.size).toBe(5);
  });
  test('draws distinct questions and at most the pool', () => {
    const draw = drawQuestions(pool, 8, createRng(7));
    expect(new Set(draw).size).toBe(8);
    expect(drawQuestions(['a', 'b'], 8, createRng(7)).sort()).toEqual(['a', 'b']);
    expect(drawQuestions(pool, -1, createRng(7))).toEqual([]);
  });
  test('shuffling does not change its input', () => {
    const input = ['a', 'b', 'c'];
    shuffled(input, createRng(1));
    expect(input).toEqual(['a', 'b', 'c']);
  });
  test('the generator gives floats in [0, 1) and the hash is stable', () => {
    const rng = createRng(0);
    for (let i = 0; i < 100; i += 1) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    expect(hashSeed('abc')).not.toBe(hashSeed('abd'));
  });
});

describe('displayOrder', () => {
  test('is reproducible from the saved seed and a permutation of the ids', () => {
    for (const q of all) expect(displayOrder(q, 9)).toEqual(displayOrder(q, 9));
    expect([...displayOrder(single, 9)].sort()).toEqual(['a', 'b', 'c']);
    expect([...displayOrder(ordering, 9)].sort()).toEqual(['one', 'three', 'two']);
    expect([...displayOrder(matching, 9)].sort()).toEqual(['x', 'y']);
  });
  test('differs between seeds', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => displayOrder(ordering, seed).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
  test('never shows an ordering question already in the right order', () => {
    for (let seed = 0; seed < 200; seed += 1)
      expect(displayOrder(ordering, seed)).not.toEqual(['one', 'two', 'three']);
  });
  test('puts the right option of a single choice first for about a third of the seeds', () => {
    const first = Array.from({ length: 300 }, (_, seed) => displayOrder(single, seed)[0]);
    const right = first.filter((id) => id === 'a').length;
    expect(right).toBeGreaterThan(70);
    expect(right).toBeLessThan(130);
  });
  test('keeps 对 before 错', () => {
    expect(displayOrder(truefalse, 3)).toEqual(['true', 'false']);
  });
});

describe('exam', () => {
  const make = (key: string, n: number, weight: number) => ({
    key,
    weight,
    questions: Array.from({ length: n }, (_, i) => `${key}${i}`),
  });
  test('shares the exam by weight, largest remainder', () => {
    const counts = allocate([make('a', 12, 10), make('b', 12, 5), make('c', 12, 5)], 20);
    expect(Object.fromEntries(counts)).toEqual({ a: 10, b: 5, c: 5 });
  });
  test('gives what a small pool cannot hold to the others', () => {
    const counts = allocate([make('a', 2, 10), make('b', 12, 1), make('c', 12, 1)], 10);
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 4, c: 4 });
    expect(Object.fromEntries(allocate([make('a', 2, 1)], 20))).toEqual({ a: 2 });
  });
  test('draws the allocated number from each pool, reproducibly', () => {
    const pools = [make('a', 12, 2), make('b', 12, 1)];
    const exam = drawExam(pools, 9, createRng(5));
    expect(exam).toHaveLength(9);
    expect(exam.filter((id) => id.startsWith('a'))).toHaveLength(6);
    expect(drawExam(pools, 9, createRng(5))).toEqual(exam);
    expect(drawExam(pools, 9, createRng(6))).not.toEqual(exam);
  });
});
