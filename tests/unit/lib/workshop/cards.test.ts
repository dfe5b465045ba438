import { describe, expect, test } from 'vitest';
import { cardSet } from '../../../../src/lib/workshop/cards';
import { inDisplayOrder, printSeed } from '../../../../src/lib/scenario/order';
import { scenario } from '../../../fixtures/scenario';

const def = scenario((input) => {
  input.facilitator = { notes: '整场提示', prompts: ['整场问题？'] };
  input.cases![1]!.facilitator = { notes: '乙案提示' };
});

/** The printed letter of choice `id` at decision `node`: its place in the scenario's printed order. */
const printed = (node: string, id: string) => {
  const n = def.nodes[node];
  const order = n?.type === 'decision' ? inDisplayOrder(n.choices, printSeed(def.id), node) : [];
  return 'ABC'[order.findIndex((c) => c.id === id)];
};

describe('decision cards', () => {
  test('default to the first case: brief with its clues, one card per decision in run order, lettered options', () => {
    const set = cardSet(def);
    expect(set.caseId).toBe('case-a');
    expect(set.brief).toEqual({
      title: '小情景',
      summary: '测试用。',
      minutes: 2,
      paragraphs: ['客户是 甲公司。'],
      clues: ['线索甲'],
    });
    expect(set.cards.map((c) => [c.number, c.node, c.title])).toEqual([
      [1, 'ask', '提问'],
      [2, 'judge', '判断'],
    ]);
    expect(set.cards[1]!.paragraphs).toEqual(['甲公司 是哪类？']);
    // A guarded option is on the card when some run of the case can offer it.
    // Options in the scenario's one printed order (not as authored), lettered A, B, C.
    const options = set.cards[1]!.options;
    expect(options.map((o) => o.letter)).toEqual(['A', 'B', 'C']);
    expect(options.map((o) => `${o.letter}:${o.id}`)).toEqual(
      ['is-a', 'is-b', 'vip'].map((id) => `${printed('judge', id)}:${id}`).sort(),
    );
    expect(options.map((o) => o.label).sort()).toEqual(['乙类', '只有见过面才能选', '甲类'].sort());
    // The same order on every print.
    expect(cardSet(def).cards).toEqual(set.cards);
  });

  test('the answer key gives the expert choice for the chosen case, its feedback and lesson link', () => {
    const a = cardSet(def, 'case-a');
    const b = cardSet(def, 'case-b');
    expect(a.key.map((k) => k.experts.map((e) => `${e.letter}:${e.id}`))).toEqual([
      [`${printed('ask', 'good')}:good`],
      [`${printed('judge', 'is-a')}:is-a`],
    ]);
    expect(b.key.map((k) => k.experts.map((e) => `${e.letter}:${e.id}`))).toEqual([
      [`${printed('ask', 'good')}:good`],
      [`${printed('judge', 'is-b')}:is-b`],
    ]);
    // The key's letters are the cards' letters.
    for (const set of [a, b])
      for (const [i, entry] of set.key.entries())
        for (const e of entry.experts)
          expect(set.cards[i]!.options.find((o) => o.id === e.id)?.letter).toBe(e.letter);
    expect(b.key[1]!.experts[0]).toMatchObject({
      feedback: '对。',
      rationale: { lesson: 'intelligence', section: 'competitor-types' },
    });
    expect(b.brief.clues).toEqual(['线索乙']);
  });

  test('facilitator notes land only in the key: option prompts by letter, scenario, case and narrative steps', () => {
    const set = cardSet(def, 'case-b');
    expect(set.key[0]!.prompts).toEqual([`${printed('ask', 'bad')}：为什么？`]);
    expect(set.notes).toEqual(['整场提示', '乙案提示', '开始：只给培训师']);
    expect(set.prompts).toEqual(['整场问题？']);
    expect(JSON.stringify([set.brief, set.cards])).not.toMatch(/只给培训师|为什么？|整场|乙案提示/);
  });

  test('lists every expert pick when earlier choices change the best one, the expert path first', () => {
    const varied = scenario((input) => {
      const judge = input.nodes['judge'] as {
        choices: { id: string; score?: object; guard?: object; next: unknown }[];
      };
      // After the good question, the guarded option becomes worth the most.
      judge.choices[2]!.score = { 'competitor-strategy': 5 };
      judge.choices[2]!.next = 'won';
    });
    const set = cardSet(varied, 'case-a');
    expect(set.key[1]!.experts.map((e) => e.id)).toEqual(['vip', 'is-a']);
  });

  test('a scenario without cases has one set; an unknown case is a programmer error', () => {
    const plain = scenario((input) => {
      input.cases = [];
      input.nodes['intro']!.text = '客户来了。';
      (input.nodes['judge'] as { text: string }).text = '是哪类？';
    });
    expect(cardSet(plain).caseId).toBeUndefined();
    expect(cardSet(plain).brief.clues).toEqual([]);
    expect(() => cardSet(def, 'nope')).toThrow('Scenario tiny has no case nope.');
  });
});
