import { describe, expect, test } from 'vitest';
import { checkAgendas } from '../../../../src/lib/workshop/agendas';
import { AgendaSchema, type Agenda } from '../../../../src/schemas/agenda';

const course = {
  lessons: ['contract', 'intelligence'],
  scenarios: ['contract-review'],
  tests: ['contract'],
};

function agenda(change: (a: Record<string, unknown>) => void = () => {}): Agenda {
  const input: Record<string, unknown> = {
    id: 'short',
    order: 1,
    title: '短场',
    minutes: 30,
    fits: '新人。',
    blocks: [
      { minutes: 20, title: '讲合同', how: '讲。', uses: [{ kind: 'lesson', id: 'contract' }] },
      {
        minutes: 10,
        title: '测验',
        how: '做。',
        uses: [{ kind: 'test', id: 'contract' }, { kind: 'roster' }],
      },
    ],
  };
  change(input);
  return AgendaSchema.parse(input);
}

describe('AgendaSchema', () => {
  test('rejects blocks that do not add up to the session, saying both numbers', () => {
    const result = AgendaSchema.safeParse({ ...agenda(), minutes: 45 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'minutes: 各段 minutes 加起来是 30 分钟，但 minutes 写的是 45：请调整某一段的时长，或改 minutes。',
    ]);
  });

  test('rejects an unknown use kind and a misspelled key', () => {
    const bad = {
      ...agenda(),
      blocks: [{ ...agenda().blocks[0]!, uses: [{ kind: 'video', id: 'x' }] }],
    };
    expect(AgendaSchema.safeParse(bad).success).toBe(false);
    const typo = { ...agenda(), fit: '拼错' };
    expect(AgendaSchema.safeParse(typo).error!.issues[0]!.message).toContain('"fit"');
  });
});

describe('checkAgendas', () => {
  test('accepts agendas whose ids exist, sorted by order', () => {
    const second = agenda((a) => {
      a['id'] = 'long';
      a['order'] = 2;
    });
    const { agendas, issues } = checkAgendas(
      [
        { file: 'content/agendas/long.json', agenda: second },
        { file: 'content/agendas/short.json', agenda: agenda() },
      ],
      course,
    );
    expect(issues).toEqual([]);
    expect(agendas.map((a) => a.id)).toEqual(['short', 'long']);
  });

  test('names the file, the block and the missing lesson, scenario or test', () => {
    const def = agenda((a) => {
      a['blocks'] = [
        {
          minutes: 30,
          title: '全都不存在',
          how: '无。',
          uses: [
            { kind: 'lesson', id: 'no-lesson' },
            { kind: 'cards', id: 'no-scenario' },
            { kind: 'test', id: 'intelligence' },
            { kind: 'exam' },
          ],
        },
      ];
    });
    const { issues } = checkAgendas([{ file: 'content/agendas/short.json', agenda: def }], course);
    expect(issues).toEqual([
      {
        where: 'content/agendas/short.json',
        message: '第 1 段「全都不存在」用到的 lesson：课程里没有 id 为 "no-lesson" 的课。',
      },
      {
        where: 'content/agendas/short.json',
        message:
          '第 1 段「全都不存在」用到的 cards：没有 id 为 "no-scenario" 的情景，现有：contract-review。',
      },
      {
        where: 'content/agendas/short.json',
        message:
          '第 1 段「全都不存在」用到的 test：课程 "intelligence" 没有测验，有测验的课：contract。',
      },
    ]);
  });

  test('reports an id that differs from the file name and a repeated order', () => {
    const { issues } = checkAgendas(
      [
        { file: 'content/agendas/short.json', agenda: agenda() },
        { file: 'content/agendas/other.json', agenda: agenda() },
      ],
      course,
    );
    expect(issues).toEqual([
      {
        where: 'content/agendas/other.json',
        message: 'id "short" 与文件名不一致，请把 id 改成 "other"。',
      },
      {
        where: 'content/agendas/other.json',
        message: 'order 1 已经被 content/agendas/short.json 使用，每个议程的 order 必须不同。',
      },
    ]);
  });
});
