import { describe, expect, test } from 'vitest';
import { validateQuizLinks } from '../../../../src/lib/quiz/links';
import type { QuizBank } from '../../../../src/schemas/quiz';

const question = (id: string, section: string) => ({
  id,
  type: 'truefalse' as const,
  prompt: '判断',
  answer: true,
  ifTrue: '对',
  ifFalse: '错',
  explanation: '因为',
  section,
});
const bank = (lesson: string, ...questions: ReturnType<typeof question>[]): QuizBank => ({
  lesson,
  questions,
});
const lessons = [{ id: 'contract', sections: [{ id: 'compensation' }, { id: 'receivables' }] }];

describe('validateQuizLinks (pinned messages)', () => {
  test('accepts questions that link to existing sections', () => {
    expect(
      validateQuizLinks(
        [
          {
            file: 'content/quizzes/contract.yaml',
            bank: bank('contract', question('a', 'receivables')),
          },
        ],
        lessons,
      ),
    ).toEqual([]);
  });
  test('a question linked to a section that does not exist', () => {
    const issues = validateQuizLinks(
      [
        {
          file: 'content/quizzes/contract.yaml',
          bank: bank('contract', question('ct-x', 'tiers')),
        },
      ],
      lessons,
    );
    expect(issues).toEqual([
      {
        where: 'content/quizzes/contract.yaml',
        message:
          '题目 "ct-x" 链接到小节 "tiers"，但课文 contract 里没有这个小节；可用的小节：compensation、receivables。',
      },
    ]);
  });
  test('a question id used in two banks', () => {
    const issues = validateQuizLinks(
      [
        {
          file: 'content/quizzes/contract.yaml',
          bank: bank('contract', question('dup', 'receivables')),
        },
        { file: 'content/quizzes/other.yaml', bank: bank('other', question('dup', 'x')) },
      ],
      [...lessons, { id: 'other', sections: [{ id: 'x' }] }],
    );
    expect(issues).toEqual([
      {
        where: 'content/quizzes/other.yaml',
        message:
          '题目 id "dup" 已经在 content/quizzes/contract.yaml 里用过，题目 id 在所有题库中必须唯一。',
      },
    ]);
  });
  test('a bank whose lesson field does not match its file name', () => {
    const issues = validateQuizLinks(
      [
        {
          file: 'content/quizzes/contracts.yaml',
          bank: bank('contract', question('a', 'receivables')),
        },
      ],
      lessons,
    );
    expect(issues).toEqual([
      {
        where: 'content/quizzes/contracts.yaml',
        message: 'lesson 写的是 "contract"，与文件名不一致；题库文件应命名为 contract.yaml。',
      },
    ]);
  });
  test('a bank for a lesson that is not in the course', () => {
    expect(
      validateQuizLinks(
        [{ file: 'content/quizzes/later.yaml', bank: bank('later', question('a', 'x')) }],
        lessons,
      ),
    ).toEqual([
      {
        where: 'content/quizzes/later.yaml',
        message: 'lesson "later" 不在课程里，题目 "a" 等都无法链接到课文；现有的课：contract。',
      },
    ]);
  });
});
