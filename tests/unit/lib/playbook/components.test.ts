import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CardSchema, type Block } from '../../../../src/schemas/playbook';
import {
  PLAYBOOK_COMPONENTS,
  blockText,
  expandPlaybookTags,
} from '../../../../src/lib/playbook/components';

const card = CardSchema.parse({
  id: 'competitors',
  order: 1,
  title: '竞争对手',
  summary: '一句话。',
  lesson: 'intelligence',
  blocks: [
    {
      id: 'types',
      type: 'table',
      title: '类型',
      section: 'competitor-types',
      columns: ['类型', '竞争要点'],
      rows: [['新更换型', '整体服务水平，品牌突破']],
    },
    {
      id: 'tiers',
      type: 'tiers',
      title: '月票量',
      section: 'volume-tiers',
      tiers: [5, 30],
      lines: [{ from: 30, label: '30万以上', text: '更关注服务' }],
    },
    {
      id: 'steps',
      type: 'steps',
      title: '约见',
      section: 'first-meeting',
      steps: [
        {
          title: '首次约见',
          section: 'first-meeting',
          tasks: ['找到决策人'],
          remark: '最好不要一个人去',
          after: ['做初步的客户解决方案'],
        },
      ],
      note: { type: 'tip', text: '提示' },
    },
    {
      id: 'people',
      type: 'roles',
      title: '三类人',
      section: 'people-map',
      roles: [
        { name: '决策人', text: '最后拍板的人' },
        { name: '参与人', text: '评估方案的人', arrow: '评估方案' },
      ],
    },
  ],
});
const blockOf = (cardId: string, blockId: string): Block | undefined =>
  cardId === card.id ? card.blocks.find((block) => block.id === blockId) : undefined;

describe('blockText', () => {
  test('lists what each kind of block shows', () => {
    expect(blockText(card.blocks[0]!)).toEqual([
      '类型',
      '类型',
      '竞争要点',
      '新更换型',
      '整体服务水平，品牌突破',
    ]);
    expect(blockText(card.blocks[1]!)).toEqual(['月票量', '5万、30万', '30万以上', '更关注服务']);
    expect(blockText(card.blocks[2]!)).toEqual([
      '约见',
      '首次约见',
      '找到决策人',
      '最好不要一个人去',
      '做初步的客户解决方案',
      '提示',
    ]);
    expect(blockText(card.blocks[3]!)).toEqual([
      '三类人',
      '决策人：最后拍板的人',
      '参与人：评估方案的人',
    ]);
  });
});

describe('expandPlaybookTags', () => {
  test('replaces named and generic playbook tags with their text and leaves other components alone', () => {
    const mdx =
      '前文\n<PlaybookBlock card="competitors" block="tiers" />\n<Callout type="tip" />\n<Other />';
    expect(expandPlaybookTags(mdx, blockOf)).toBe(
      '前文\n月票量\n5万、30万\n30万以上\n更关注服务\n<Callout type="tip" />\n<Other />',
    );
    expect(expandPlaybookTags('<CompetitorTable />', blockOf)).toContain('新更换型');
  });
  test('names a tag that points at a block that does not exist', () => {
    expect(() =>
      expandPlaybookTags('<PlaybookBlock card="competitors" block="nope" />', blockOf),
    ).toThrow(
      '<PlaybookBlock card="competitors" block="nope" /> 指向的速查卡块 competitors/nope 不存在',
    );
  });
});

describe('the .astro wrappers', () => {
  test('render exactly the block the table names', () => {
    for (const [name, target] of Object.entries(PLAYBOOK_COMPONENTS)) {
      const source = readFileSync(`src/components/playbook/${name}.astro`, 'utf8');
      expect(source, name).toContain(
        `<PlaybookBlock card="${target.card}" block="${target.block}" />`,
      );
    }
    const index = readFileSync('src/components/playbook/index.ts', 'utf8');
    for (const name of Object.keys(PLAYBOOK_COMPONENTS))
      expect(index, name).toContain(`import ${name} from './${name}.astro';`);
  });
});
