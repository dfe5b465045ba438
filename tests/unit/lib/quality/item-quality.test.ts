/**
 * Issue 11: item-quality rules reject banks and scenarios whose key can be found without knowing
 * the answer, with sentences an author can act on. These run on fixtures whatever the value of
 * ENFORCE_ITEM_QUALITY (which only decides whether the build fails on real content).
 */
import { describe, expect, test } from 'vitest';
import { QuizBankSchema, type QuizBankInput } from '../../../../src/schemas/quiz';
import { checkBankQuality } from '../../../../src/lib/quiz/item-quality';
import { checkScenarioQuality, longestBest } from '../../../../src/lib/scenario/item-quality';
import {
  allowedTrueCounts,
  maxLongestKeys,
  uniquelyLongest,
} from '../../../../src/lib/quality/rules';
import { scenario } from '../../../fixtures/scenario';

const FILE = 'content/quizzes/contract.yaml';
type QIn = QuizBankInput['questions'][number];

/** A single-choice question; `key` is the right option's text, `others` the distractors'. */
const single = (id: string, key: string, others: string[]): QIn => ({
  id,
  type: 'single',
  prompt: '问？',
  explanation: '因为。',
  section: 'compensation',
  options: [
    { id: 'k', text: key, correct: true, feedback: '对。' },
    ...others.map((text, i) => ({ id: `d${i}`, text, feedback: '错。' })),
  ],
});
const tf = (id: string, answer: boolean): QIn => ({
  id,
  type: 'truefalse',
  prompt: '说法。',
  explanation: '因为。',
  section: 'compensation',
  answer,
  ifTrue: '是。',
  ifFalse: '否。',
});
const multiple = (id: string, right: number): QIn => ({
  id,
  type: 'multiple',
  prompt: '哪些？',
  explanation: '因为。',
  section: 'compensation',
  options: ['甲', '乙', '丙', '丁'].map((text, i) => ({
    id: `o${i}`,
    text,
    correct: i < right,
    feedback: '说明。',
  })),
});
const bank = (questions: QIn[]) =>
  checkBankQuality(FILE, QuizBankSchema.parse({ lesson: 'contract', questions }));
const messages = (questions: QIn[]) => bank(questions).map((i) => i.message);

describe('rules helpers', () => {
  test('the longest option must be unique to count', () => {
    expect(uniquelyLongest(['短', '长一点', '中等'])).toBe(1);
    expect(uniquelyLongest(['一样长', '一样长', '短'])).toBe(-1);
  });
  test('a third, rounded down', () => {
    expect([3, 6, 7, 9, 12].map(maxLongestKeys)).toEqual([1, 2, 2, 3, 4]);
  });
  test('true/false counts inside 40–60 %, else as near half as possible', () => {
    expect(allowedTrueCounts(10)).toEqual([4, 5, 6]);
    expect(allowedTrueCounts(5)).toEqual([2, 3]);
    expect(allowedTrueCounts(3)).toEqual([1, 2]);
    expect(allowedTrueCounts(2)).toEqual([1]);
    expect(allowedTrueCounts(1)).toEqual([0, 1]);
  });
});

describe('question bank quality', () => {
  test('rejects a bank whose key is the longest option in more than a third of single/case questions', () => {
    const longKey = (id: string) => single(id, '按单张订票损失为上限赔付', ['一切损失', '不赔']);
    const shortKey = (id: string) => single(id, '不赔', ['按单张订票损失为上限赔付', '一切损失']);
    expect(bank([longKey('q1'), longKey('q2'), shortKey('q3')])).toEqual([
      {
        where: FILE,
        message:
          '3 道单选题和案例题里，有 2 道的正确选项是最长的一项（q1、q2），最多只能有 1 道。专挑最长的选项就能蒙对，请把正确选项写得精炼些，或把干扰项写得一样具体。',
      },
    ]);
    expect(bank([longKey('q1'), shortKey('q2'), shortKey('q3')])).toEqual([]);
  });

  test('rejects a bank whose true/false keys are mostly one way', () => {
    expect(messages([tf('t1', false), tf('t2', false), tf('t3', false), tf('t4', true)])).toEqual([
      '4 道判断题里答案为“对”的有 1 道，应为 2 道（“对”占 40%–60%）。一律选“错”就能多拿分，请把几道题改写成相反的说法。',
    ]);
    expect(messages([tf('t1', true), tf('t2', true), tf('t3', true)])).toEqual([
      '3 道判断题里答案为“对”的有 3 道，应为 1–2 道（“对”占 40%–60%）。一律选“对”就能多拿分，请把几道题改写成相反的说法。',
    ]);
    expect(messages([tf('t1', false), tf('t2', true), tf('t3', false), tf('t4', true)])).toEqual(
      [],
    );
  });

  test('rejects a bank whose multiple-answer questions all have the same number of right options', () => {
    expect(messages([multiple('m1', 2), multiple('m2', 2)])).toEqual([
      '2 道多选题（m1、m2）都恰好有 2 个正确选项。数出“通常选几个”就能猜，请让正确选项的个数有多有少。',
    ]);
    expect(messages([multiple('m1', 2), multiple('m2', 3)])).toEqual([]);
    expect(messages([multiple('m1', 2)])).toEqual([]);
  });

  test('rejects a question with the same text twice', () => {
    expect(messages([single('q1', '一切损失', ['一切损失', '不赔'])])).toEqual([
      '题目 "q1" 里有两个选项的文字都是“一切损失”，请改写其中一个。',
    ]);
    const matching: QIn = {
      id: 'mt',
      type: 'matching',
      prompt: '配对',
      explanation: '因为。',
      section: 'compensation',
      pairs: [
        { id: 'p1', text: '甲', match: 'c1', feedback: '说明。' },
        { id: 'p2', text: '乙', match: 'c1', feedback: '说明。' },
      ],
      choices: [
        { id: 'c1', text: '甲' },
        { id: 'c2', text: '丙' },
      ],
    };
    // The two sides of a matching question may share words; each side must not repeat itself.
    expect(messages([matching])).toEqual([]);
  });
});

describe('scenario quality', () => {
  /** Sets the labels of the fixture's two decisions (ask: good/bad; judge: is-a/is-b/vip). */
  const labelled = (labels: Record<string, string>) =>
    scenario((input) => {
      for (const node of Object.values(input.nodes))
        if (node.type === 'decision')
          for (const c of node.choices) c.label = labels[c.id] ?? c.label;
    });

  test('finds the best choice by the expert’s path in every case', () => {
    const def = labelled({
      good: '先问清楚对方差旅流程',
      bad: '直接报价',
      'is-a': '甲',
      'is-b': '乙',
    });
    expect(longestBest(def)).toEqual({ decisions: ['ask', 'judge'], longest: ['ask'] });
  });

  test('rejects a scenario whose best choice is the longest in more than a third of its decisions', () => {
    const def = labelled({
      good: '先问清楚对方的差旅流程',
      bad: '直接报价',
      'is-a': '判断为甲类关系',
      'is-b': '判断为乙类关系并说明理由',
      vip: '短',
    });
    // case-a: is-a is best but not longest; case-b: is-b is best and longest.
    expect(checkScenarioQuality(def)).toEqual([
      '2 个决策节点里，有 2 个的最佳选项是最长的一项（ask、judge），最多只能有 0 个。专挑最长的说法就能走到最好结局，请把最佳选项写得精炼些，或把其他选项写得一样具体。',
    ]);
    expect(
      checkScenarioQuality(
        labelled({ good: '问流程', bad: '直接报一个很低的价格', 'is-a': '甲类', 'is-b': '乙类' }),
      ),
    ).toEqual([]);
  });

  test('rejects a decision with two choices that read the same', () => {
    expect(checkScenarioQuality(labelled({ 'is-a': '再想想', 'is-b': '再想想' }))).toEqual([
      '决策节点 "judge" 里有两个选项的文字都是“再想想”，请改写其中一个。',
    ]);
  });
});
