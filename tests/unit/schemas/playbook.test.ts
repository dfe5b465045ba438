import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CardSchema } from '../../../src/schemas/playbook';

const valid = {
  id: 'contract',
  order: 6,
  title: '合同三要点',
  summary: '谈合同时盯住的三件事。',
  lesson: 'contract',
  blocks: [
    {
      id: 'points',
      type: 'list',
      title: '合约中注意的问题',
      section: 'service-standards',
      items: ['服务达到的标准'],
    },
  ],
};

function messages(input: unknown): string[] {
  const result = CardSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const table = {
  id: 'types',
  type: 'table',
  title: '关系类型',
  section: 'competitor-types',
  columns: ['类型', '竞争要点'],
};
const tiers = { id: 'tiers', type: 'tiers', title: '月票量', section: 'volume-tiers' };
const roles = { id: 'people', type: 'roles', title: '三类人', section: 'people-map' };

describe('CardSchema', () => {
  test('accepts every card in content/playbook', () => {
    const files = readdirSync('content/playbook').filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBe(7);
    for (const file of files)
      expect(messages(parse(readFileSync(`content/playbook/${file}`, 'utf8'))), file).toEqual([]);
  });

  test('fills defaults: a block is the deck’s unless marked added, lists are unordered', () => {
    const card = CardSchema.parse(valid);
    expect(card.blocks[0]).toMatchObject({ source: 'deck', ordered: false });
  });

  test.each([
    [{ title: '' }, 'title: title 不能为空'],
    [{ title: '一'.repeat(21) }, 'title: title 最多 20 个字'],
    [
      { lesson: 'Contract' },
      'lesson: id 只能由小写英文字母、数字和连字符组成，例如 client-selection',
    ],
    [{ blocks: [] }, 'blocks: blocks 至少一块'],
    [{ blocks: [{ ...valid.blocks[0], items: [] }] }, 'blocks.0.items: items 至少写一条'],
    [
      { blocks: [{ ...valid.blocks[0], source: 'mine' }] },
      'blocks.0.source: source 只能是 deck（原稿内容）或 added（课程补充）',
    ],
    [
      { blocks: [valid.blocks[0], valid.blocks[0]] },
      'blocks.1.id: 速查卡 contract 里有两块都叫 points',
    ],
    [
      { blocks: [{ ...table, rows: [['长期合作型', '服务优良，平稳过渡'], ['新更换型']] }] },
      'blocks.0.rows.1: 表格「关系类型」第 2 行有 1 格，但表头有 2 列',
    ],
    [
      {
        blocks: [
          {
            ...tiers,
            tiers: [5, 30, 10],
            lines: [{ from: 30, label: '30万以上', text: '更关注服务' }],
          },
        ],
      },
      'blocks.0.tiers.2: tiers 必须从小到大排列：5、30、10',
    ],
    [
      {
        blocks: [
          { ...tiers, tiers: [5, 10, 30], lines: [{ from: 40, label: '40万以上', text: '…' }] },
        ],
      },
      'blocks.0.lines.0.from: lines 里的 40 万不是 tiers 中的一级（5、10、30）',
    ],
    [
      { blocks: [{ ...roles, roles: [{ name: '决策人', text: '拍板的人' }] }] },
      'blocks.0.roles: roles 至少两类人：第一类拍板，其余影响他',
    ],
    [
      {
        blocks: [
          {
            ...roles,
            roles: [
              { name: '最后拍板的决策人', text: '拍板的人' },
              { name: '参与人', text: '评估方案', arrow: '评估方案' },
            ],
          },
        ],
      },
      'blocks.0.roles.0.name: roles.name 最多 6 个字',
    ],
  ])('rejects %o with an author-facing message', (change, message) => {
    expect(messages({ ...valid, ...change })).toEqual([message]);
  });
});
