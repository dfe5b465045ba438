/**
 * Issue 11: a decision's choices are shown in an order drawn from the run's seed — the same on
 * reload, undo and resume (also for runs stored before the order existed), different between runs,
 * and never the authored order by construction.
 */
import { describe, expect, test } from 'vitest';
import {
  choicesOf,
  choose,
  expertChoice,
  result,
  startRun,
  undo,
  type Run,
} from '../../../../src/lib/scenario/engine';
import { inDisplayOrder, printSeed } from '../../../../src/lib/scenario/order';
import { runsFormat } from '../../../../src/lib/scenario/runs';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';
import { scenario } from '../../../fixtures/scenario';

const T0 = '2026-11-27T08:00:00.000Z';
const letters = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `选项${i}` }));
const ids = (choices: readonly { id: string }[]) => choices.map((c) => c.id);

/** A scenario whose first decision has six choices, all leading to the same judge node. */
const wide = scenario((input) => {
  const ask = input.nodes['ask'];
  if (ask?.type !== 'decision') throw new Error('fixture changed');
  const template = ask.choices[0]!;
  ask.choices = letters.map((l) => ({ ...template, id: l.id, label: l.label }));
});
const started = (seed: number): Run =>
  choose(wide, startRun(wide, { seed, at: T0, caseId: 'case-a' }), null, T0);

describe('inDisplayOrder', () => {
  test('is a permutation, the same for the same seed and node', () => {
    const order = inDisplayOrder(letters, 7, 'ask');
    expect(ids(order).sort()).toEqual(ids(letters));
    expect(inDisplayOrder(letters, 7, 'ask')).toEqual(order);
  });
  test('differs between seeds and between nodes', () => {
    const bySeed = new Set(
      Array.from({ length: 20 }, (_, s) => ids(inDisplayOrder(letters, s, 'ask')).join()),
    );
    expect(bySeed.size).toBeGreaterThan(15);
    const byNode = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((n) => ids(inDisplayOrder(letters, 1, n)).join()),
    );
    expect(byNode.size).toBeGreaterThan(1);
  });
  test('does not depend on the authored order', () => {
    expect(inDisplayOrder([...letters].reverse(), 3, 'ask')).toEqual(
      inDisplayOrder(letters, 3, 'ask'),
    );
  });
  test('puts every choice first about equally often over many seeds', () => {
    const firsts = new Map<string, number>();
    for (let s = 0; s < 600; s += 1) {
      const first = inDisplayOrder(letters, s, 'ask')[0]!.id;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const l of letters) expect(firsts.get(l.id) ?? 0).toBeGreaterThan(60); // 100 expected
  });
  test('the printed seed is fixed per scenario', () => {
    expect(printSeed('full-deal')).toBe(printSeed('full-deal'));
    expect(printSeed('full-deal')).not.toBe(printSeed('account-defense'));
  });
});

describe('choicesOf in a run', () => {
  test('follows the run’s seed: stable within a run, different between runs', () => {
    expect(ids(choicesOf(wide, started(5)))).toEqual(ids(choicesOf(wide, started(5))));
    const orders = new Set(
      Array.from({ length: 10 }, (_, s) => ids(choicesOf(wide, started(s))).join()),
    );
    expect(orders.size).toBeGreaterThan(5);
  });
  test('a reload (the run read back from storage) shows the same order', () => {
    const run = started(11);
    const stored = JSON.stringify({ v: 1, active: { tiny: run }, history: [] });
    const back = decodeVersioned(stored, runsFormat).value.active['tiny']!;
    expect(ids(choicesOf(wide, back))).toEqual(ids(choicesOf(wide, run)));
  });
  test('undo returns to the same order', () => {
    const run = started(12);
    const before = ids(choicesOf(wide, run));
    const back = undo(wide, choose(wide, run, before[3]!, T0));
    expect(ids(choicesOf(wide, back))).toEqual(before);
  });
  test('a run stored before issue 11 (old format, same fields) resumes with a stable order', () => {
    // Exactly what the store wrote before the order existed: the seed was there to draw the case.
    const old =
      '{"v":1,"active":{"tiny":{"v":1,"scenario":"tiny","seed":3054711,"case":"case-b",' +
      '"steps":[{"node":"intro","choice":null}],"startedAt":"2026-11-20T08:00:00.000Z"}},"history":[]}';
    const first = decodeVersioned(old, runsFormat);
    expect(first.status).toBe('ok');
    const run = first.value.active['tiny']!;
    const order = ids(choicesOf(wide, run));
    expect(order.sort()).toEqual(ids(letters));
    expect(ids(choicesOf(wide, decodeVersioned(old, runsFormat).value.active['tiny']!))).toEqual(
      ids(choicesOf(wide, run)),
    );
    expect(ids(choicesOf(wide, run))).toEqual(ids(inDisplayOrder(letters, 3054711, 'ask')));
  });
  test('guards filter the shown order without reordering the rest', () => {
    const def = scenario();
    const run = startRun(def, { seed: 9, at: T0, caseId: 'case-a' });
    const atJudge = (first: string) => choose(def, choose(def, run, null, T0), first, T0);
    const judge = def.nodes['judge'];
    if (judge?.type !== 'decision') throw new Error('fixture changed');
    const all = ids(inDisplayOrder(judge.choices, 9, 'judge'));
    expect(ids(choicesOf(def, atJudge('good')))).toEqual(all);
    expect(ids(choicesOf(def, atJudge('bad')))).toEqual(all.filter((id) => id !== 'vip'));
  });
});

describe('what the order does not change', () => {
  test('scores, the expert’s choice and the result are the same whatever the seed', () => {
    const def = scenario();
    const outcomes = new Set<string>();
    const experts = new Set<string>();
    for (let seed = 0; seed < 30; seed += 1) {
      const run = startRun(def, { seed, at: T0, caseId: 'case-b' });
      const atAsk = choose(def, run, null, T0);
      experts.add(String(expertChoice(def, atAsk)));
      const done = ['good', 'is-b'].reduce((r, id) => choose(def, r, id, T0), atAsk);
      const res = result(def, done)!;
      outcomes.add(JSON.stringify([res.ending, res.scores, res.path.map((p) => p.choice.id)]));
    }
    expect([...experts]).toEqual(['good']);
    expect(outcomes.size).toBe(1);
  });
});
