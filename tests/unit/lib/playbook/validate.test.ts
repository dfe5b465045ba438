import { describe, expect, test } from 'vitest';
import { CardSchema, type CardInput } from '../../../../src/schemas/playbook';
import { validatePlaybook, type LessonRef } from '../../../../src/lib/playbook/validate';

const lessons: LessonRef[] = [
  {
    id: 'intelligence',
    title: '联系客户之前的信息收集',
    sections: [
      { id: 'competitor-types', title: '五种类型' },
      { id: 'people-map', title: '决策链' },
    ],
  },
  {
    id: 'meetings-proposal',
    title: '约见客户，准备产品服务方案',
    sections: [{ id: 'first-meeting', title: '首次约见' }],
  },
];

function card(input: Partial<CardInput> & { id: string }): CardInput {
  return {
    order: 1,
    title: '卡',
    summary: '一句话。',
    lesson: 'intelligence',
    blocks: [{ id: 'b', type: 'list', title: '块', section: 'people-map', items: ['决策人'] }],
    ...input,
  };
}

function run(...inputs: CardInput[]) {
  return validatePlaybook(
    inputs.map((input) => ({
      file: `content/playbook/${input.id}.yaml`,
      entryId: input.id,
      data: CardSchema.parse(input),
    })),
    lessons,
  );
}

describe('validatePlaybook', () => {
  test('returns cards in card order with their lesson title', () => {
    const { cards, issues } = run(
      card({ id: 'b-card', order: 2 }),
      card({ id: 'a-card', order: 1 }),
    );
    expect(issues).toEqual([]);
    expect(cards.map((item) => [item.id, item.lessonTitle])).toEqual([
      ['a-card', '联系客户之前的信息收集'],
      ['b-card', '联系客户之前的信息收集'],
    ]);
  });

  test('names an unknown lesson and lists the lessons there are', () => {
    expect(run(card({ id: 'x', lesson: 'contracts' })).issues).toEqual([
      {
        where: 'content/playbook/x.yaml',
        message: 'lesson "contracts" 不存在，可选的课程：intelligence、meetings-proposal。',
      },
    ]);
  });

  test('names a block section that the lesson does not have', () => {
    const input = card({
      id: 'x',
      blocks: [{ id: 'b', type: 'list', title: '三类人', section: 'people', items: ['决策人'] }],
    });
    expect(run(input).issues.map((issue) => issue.message)).toEqual([
      '块「三类人」指向的小节 "people" 不在课程 intelligence 里，可选的小节：competitor-types、people-map。',
    ]);
  });

  test('checks the section of every meeting step', () => {
    const input = card({
      id: 'meetings',
      lesson: 'meetings-proposal',
      blocks: [
        {
          id: 'steps',
          type: 'steps',
          title: '三次约见',
          section: 'first-meeting',
          steps: [
            { title: '首次约见', section: 'first-meeting', tasks: ['找到决策人'] },
            { title: '二次约见', section: 'second-meeting', tasks: ['明确合作意向及时间'] },
          ],
        },
      ],
    });
    expect(run(input).issues.map((issue) => issue.message)).toEqual([
      '「二次约见」指向的小节 "second-meeting" 不在课程 meetings-proposal 里，可选的小节：first-meeting。',
    ]);
  });

  test('reports a file whose id differs from its name, and two cards with one order', () => {
    const { issues } = validatePlaybook(
      [
        {
          file: 'content/playbook/a.yaml',
          entryId: 'a',
          data: CardSchema.parse(card({ id: 'b' })),
        },
        {
          file: 'content/playbook/c.yaml',
          entryId: 'c',
          data: CardSchema.parse(card({ id: 'c' })),
        },
      ],
      lessons,
    );
    expect(issues).toEqual([
      { where: 'content/playbook/a.yaml', message: 'id "b" 与文件名不一致，请把 id 改成 "a"。' },
      {
        where: 'content/playbook/c.yaml',
        message: 'order 1 已经被 content/playbook/a.yaml 使用，每张速查卡的 order 必须不同。',
      },
    ]);
  });
});
