import { describe, expect, test } from 'vitest';
import { deckBlocks, discussionPrompts, mistakesOf } from '../../../../src/lib/workshop/handout';
import { QuestionSchema } from '../../../../src/schemas/quiz';
import { scenario } from '../../../fixtures/scenario';

const body = `intro

<Section id="mistakes" title="常见误区">

1. **看见大单就扑。** 100万以上的客户议价能力相当强。先算人力、垫付和让利，回公司请示后再答复。
2. **一个人去首次约见**。对方常常不止一个人。应该两人同去，事先分好谁讲、谁记。
- not a numbered mistake

</Section>

<Section id="briefing" title="会前要点">

1. **不是误区**。这一条在会前要点里。

</Section>`;

describe('handout', () => {
  test('reads each mistake (the bold part) and what to do instead (its last sentence) from the mistakes section only', () => {
    expect(mistakesOf(body)).toEqual([
      { mistake: '看见大单就扑', instead: '先算人力、垫付和让利，回公司请示后再答复。' },
      { mistake: '一个人去首次约见', instead: '应该两人同去，事先分好谁讲、谁记。' },
    ]);
    expect(mistakesOf('no sections')).toEqual([]);
  });

  test("keeps the deck's blocks of the lesson's cards, each once", () => {
    const list = (id: string, source: 'deck' | 'added') => ({
      type: 'list' as const,
      id,
      title: id,
      section: 's',
      source,
      ordered: false,
      items: ['x'],
    });
    const cards = [
      { lesson: 'meetings', blocks: [list('wants', 'deck'), list('tips', 'added')] },
      { lesson: 'meetings', blocks: [list('points', 'deck'), list('wants', 'deck')] },
      { lesson: 'other', blocks: [list('else', 'deck')] },
    ];
    expect(deckBlocks(cards, 'meetings').map((b) => b.id)).toEqual(['wants', 'points']);
  });

  test('takes quiz prompts first, then option, decision and scenario prompts of scenarios about the lesson, each once', () => {
    const q = QuestionSchema.parse({
      id: 'q1',
      type: 'truefalse',
      prompt: '题',
      answer: true,
      ifTrue: '对。',
      ifFalse: '错。',
      facilitator: { prompts: ['题目问题？'] },
    });
    const def = scenario((input) => {
      input.facilitator = { prompts: ['整场问题？'] };
      (input.nodes['ask'] as { facilitator?: object }).facilitator = {
        prompts: ['节点问题？', '题目问题？'],
      };
    });
    expect(discussionPrompts('intelligence', [q], [def], 5)).toEqual([
      '题目问题？',
      '为什么？',
      '节点问题？',
      '整场问题？',
    ]);
    expect(discussionPrompts('intelligence', [q], [def])).toHaveLength(3);
    expect(discussionPrompts('contract', [], [def])).toEqual([]);
  });
});
