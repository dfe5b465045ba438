import { describe, expect, test } from 'vitest';
import { parseQuizBank } from '../../../src/schemas/quiz';

const file = 'content/quizzes/contract.yaml';
const q = (over: Record<string, unknown> = {}) => ({
  id: 'ct-comp',
  type: 'single',
  prompt: '赔偿范围怎么写？',
  explanation: '控制在单张订票的损失。',
  section: 'compensation',
  options: [
    { id: 'single-ticket', text: '单张订票的损失', correct: true, feedback: '对' },
    { id: 'all', text: '一切损失', feedback: '错' },
  ],
  ...over,
});
const bank = (...questions: unknown[]) => ({ lesson: 'contract', questions });
const messages = (data: unknown) =>
  parseQuizBank(file, data).issues.map((i) => `${i.where}：${i.message}`);

describe('QuizBankSchema author errors (pinned)', () => {
  test('accepts a valid bank, defaults correct to false and keeps facilitator notes', () => {
    const result = parseQuizBank(
      file,
      bank(q({ facilitator: { notes: '先问学员', prompts: ['为什么？'] } })),
    );
    expect(result.issues).toEqual([]);
    expect(result.bank?.questions[0]).toMatchObject({
      options: [{ correct: true }, { correct: false }],
      facilitator: { notes: '先问学员' },
    });
  });
  test('single choice with zero correct options', () => {
    const options = [
      { id: 'a', text: 'A', feedback: '错' },
      { id: 'b', text: 'B', feedback: '错' },
    ];
    expect(messages(bank(q({ options })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 是单选题，必须恰好有 1 个 correct: true 的选项，现在有 0 个。',
    ]);
  });
  test('single choice (and case) with two correct options', () => {
    const options = [
      { id: 'a', text: 'A', correct: true, feedback: '对' },
      { id: 'b', text: 'B', correct: true, feedback: '对' },
    ];
    expect(messages(bank(q({ type: 'case', scenario: '某客户', options })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 是单选题，必须恰好有 1 个 correct: true 的选项，现在有 2 个。',
    ]);
  });
  test('multiple choice with no correct option', () => {
    const options = [
      { id: 'a', text: 'A', feedback: '错' },
      { id: 'b', text: 'B', feedback: '错' },
    ];
    expect(messages(bank(q({ type: 'multiple', options })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 是多选题，至少要有 1 个 correct: true 的选项。',
    ]);
  });
  test('duplicate question id', () => {
    expect(messages(bank(q(), q()))).toEqual([
      'content/quizzes/contract.yaml：题目 id "ct-comp" 出现了两次，每道题的 id 必须不同。',
    ]);
  });
  test('missing explanation and section', () => {
    expect(messages(bank(q({ explanation: undefined, section: ' ' })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 缺少 explanation：请用一两句话讲清为什么，学员答完后会看到。',
      'content/quizzes/contract.yaml：题目 "ct-comp" 缺少 section：请写它考的是课文哪个小节的 id，例如 volume-tiers。',
    ]);
  });
  test('matching pair that refers to nothing', () => {
    const matching = {
      id: 'ct-match',
      type: 'matching',
      prompt: '配对',
      explanation: '因为',
      section: 'compensation',
      pairs: [
        { id: 'p1', text: 'P1', match: 'x', feedback: '…' },
        { id: 'p2', text: 'P2', match: 'nowhere', feedback: '…' },
      ],
      choices: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
    };
    expect(messages(bank(matching))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-match" 的配对 "p2" 指向 "nowhere"，但 choices 里没有这个 id。',
    ]);
  });
  test('duplicate option ids', () => {
    const options = [
      { id: 'a', text: 'A', correct: true, feedback: '对' },
      { id: 'a', text: 'B', feedback: '错' },
    ];
    expect(messages(bank(q({ options })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 里有两个 id 都是 "a" 的选项，请改成不同的 id。',
    ]);
  });
  test('an option without feedback names the question and field', () => {
    const options = [
      { id: 'a', text: 'A', correct: true, feedback: '对' },
      { id: 'b', text: 'B' },
    ];
    expect(messages(bank(q({ options })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 的 options.1.feedback：选项 feedback 必须是一段文字',
    ]);
  });
  test('an unknown type', () => {
    expect(messages(bank(q({ type: 'essay' })))).toEqual([
      'content/quizzes/contract.yaml：题目 "ct-comp" 的 type：type 必须是 single、multiple、truefalse、ordering、matching、case 之一',
    ]);
  });
  test('a bank without questions', () => {
    expect(messages({ lesson: 'contract', questions: [] })).toEqual([
      'content/quizzes/contract.yaml：questions：questions 至少要有 1 道题',
    ]);
  });
});
