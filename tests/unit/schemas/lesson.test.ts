import { describe, expect, test } from 'vitest';
import { LessonSchema } from '../../../src/schemas/lesson';

const valid = {
  id: 'client-selection',
  order: 2,
  title: '选定客户',
  summary: '按行业和月票量挑客户。',
  objectives: ['能说出月票量分级', '能判断高风险客户'],
  minutes: 15,
  sourceSection: '选定客户',
};

function messages(input: unknown): string[] {
  const result = LessonSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('LessonSchema', () => {
  test('accepts complete frontmatter', () => {
    expect(messages(valid)).toEqual([]);
  });
  test.each([
    [
      { id: 'Client Selection' },
      'id: id 只能由小写英文字母、数字和连字符组成，例如 client-selection',
    ],
    [{ order: 0 }, 'order: order 从 1 开始编号'],
    [{ order: 1.5 }, 'order: order 必须是整数，例如 3'],
    [{ order: '2' }, 'order: order 必须是数字，表示这一课在课程里的位置（第一课写 1）'],
    [{ title: '' }, 'title: title 不能为空：请写这一课的标题'],
    [{ title: undefined }, 'title: title 不能为空：请写这一课的标题'],
    [{ summary: 'x'.repeat(81) }, 'summary: summary 最多 80 个字，请压缩成一句话'],
    [{ objectives: ['只有一条'] }, 'objectives: objectives 至少写 2 条学习目标'],
    [{ objectives: '一条' }, 'objectives: objectives 必须是列表，每行一条学习目标'],
    [{ minutes: 0 }, 'minutes: minutes 至少为 1'],
    [{ minutes: undefined }, 'minutes: minutes 必须是数字：预计学习分钟数，例如 15'],
    [
      { sourceSection: '选客户' },
      'sourceSection: sourceSection 必须是原稿章节名之一：首先注意的问题、选定客户、联系客户之前的信息收集、约见客户，准备产品服务方案、合约中注意的问题、客户关怀、客户关注的重点',
    ],
  ])('rejects %o with an author-facing message', (change, message) => {
    expect(messages({ ...valid, ...change })).toEqual([message]);
  });
});
