import { describe, expect, test } from 'vitest';
import {
  scoreRanges,
  validateLessonLinks,
  validateScenario,
} from '../../../../src/lib/scenario/validate';
import { ScenarioSchema, type ScenarioInput } from '../../../../src/schemas/scenario';
import { CONFIG_LIMIT } from '../../../../src/lib/scenario/explore';
import { baseInput, scenario } from '../../../fixtures/scenario';

type Nodes = ScenarioInput['nodes'];
const why = { lesson: 'intelligence', section: 'competitor-types' };
type ChoiceInput = Extract<Nodes[string], { type: 'decision' }>['choices'][number];
const choice = (id: string, next: string, extra: Record<string, unknown> = {}) =>
  ({ id, label: id, feedback: 'f', rationale: why, next, ...extra }) as ChoiceInput;

function issues(change: (input: ScenarioInput) => void): string[] {
  return validateScenario(scenario(change));
}

describe('validateScenario', () => {
  test('accepts the fixture', () => {
    expect(validateScenario(scenario())).toEqual([]);
  });

  test('reports a link to a missing node', () => {
    expect(
      issues(
        (s) =>
          ((s.nodes as Nodes)['intro'] = {
            type: 'narrative',
            title: 't',
            text: 't',
            next: 'wrap-up2',
          }),
      ),
    ).toEqual(
      expect.arrayContaining(['节点 `intro`的 next 指向节点 `wrap-up2`，但没有这个节点。']),
    );
    expect(issues((s) => (s.start = 'nowhere'))).toEqual([
      '起点 start 指向节点 `nowhere`，但没有这个节点。',
    ]);
  });

  test('reports a route list without a fallback', () => {
    expect(
      issues((s) => {
        (s.nodes as Nodes)['intro'] = {
          type: 'narrative',
          title: 't',
          text: 't',
          next: [{ when: { var: 'met', eq: false }, to: 'ask' }],
        };
      }),
    ).toEqual([
      '节点 `intro`的 next 的路线列表最后一条不能带 when：请在最后加一条只有 to 的路线，作为其他情况的去向。',
    ]);
  });

  test('reports unreachable nodes and endings', () => {
    expect(
      issues(
        (s) =>
          ((s.nodes as Nodes)['orphan'] = {
            type: 'ending',
            outcome: 'lost',
            title: 'o',
            text: 'o',
          }),
      ),
    ).toEqual(['结局 `orphan`从起点 `intro` 出发无法到达：请从别的节点链接到它，或删掉它。']);
  });

  test('reports an ending that no path reaches because the conditions never allow it', () => {
    expect(
      issues((s) => {
        const judge = (s.nodes as Nodes)['judge'] as { choices: { next: unknown }[] };
        for (const c of judge.choices.slice(0, 2))
          c.next = [{ when: { var: 'trust', gte: 9 }, to: 'won' }, { to: 'lost' }];
      }),
    ).toEqual(
      expect.arrayContaining([
        '结局 `won`在任何案例、任何走法下都到不了：通往它的 guard 或路线条件从不成立。',
      ]),
    );
  });

  test('reports a decision with fewer than two choices', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: unknown[] };
        ask.choices = ask.choices.slice(0, 1);
      }),
    ).toEqual([
      '决策节点 `ask` 只有 1 个选项，至少要有两个；如果不需要学员选择，请改成 narrative。',
      // with only the good question left, trust always reaches 2, so the losing route is dead too
      '结局 `lost`在任何案例、任何走法下都到不了：通往它的 guard 或路线条件从不成立。',
    ]);
  });

  test('reports a dead end where every guard fails', () => {
    expect(
      issues((s) => {
        (s.nodes as Nodes)['ask'] = {
          type: 'decision',
          title: 't',
          text: 't',
          prompt: 'p',
          choices: [
            choice('x', 'judge', { guard: { var: 'trust', gte: 2 } }),
            choice('y', 'judge', { guard: { var: 'trust', gte: 3 } }),
          ],
        };
      }),
    ).toEqual(
      expect.arrayContaining([
        '在案例 `case-a` 中，走到决策节点 `ask` 时可能所有选项都不可选，学员无路可走（此时 trust=1、kind=甲类、met=否）：请放宽 guard，或加一个总是可选的选项。',
      ]),
    );
  });

  test('reports a loop with no way out', () => {
    expect(
      issues((s) => {
        (s.nodes as Nodes)['intro'] = { type: 'narrative', title: 't', text: 't', next: 'spin' };
        (s.nodes as Nodes)['spin'] = { type: 'narrative', title: 't', text: 't', next: 'intro' };
      }),
    ).toEqual(
      expect.arrayContaining([
        '在案例 `case-a` 中，从节点 `intro`开始无论怎么选都到不了任何结局（此时 trust=1、kind=甲类、met=否）：这里的循环没有出口。',
      ]),
    );
  });

  test('reports a loop that earns points every time round', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: unknown[] };
        ask.choices.push(choice('again', 'ask', { score: { intelligence: 1 } }));
      }),
    ).toEqual(
      expect.arrayContaining([
        '在案例 `case-a` 中，经过 `ask` 的循环每绕一圈都能得分，学员可以无限刷分：让循环里的选项不计分，或用变量限制只能走一次。',
      ]),
    );
  });

  test('allows a loop with an exit that earns nothing', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: unknown[] };
        ask.choices.push(choice('reread', 'intro'));
      }),
    ).toEqual([]);
  });

  test('reports guards, effects, routes and texts naming unknown variables', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as {
          choices: Record<string, unknown>[];
          text: string;
        };
        ask.choices[0]!['guard'] = { var: 'budget', gte: 1 };
        ask.choices[1]!['effects'] = [{ var: 'mood', set: true }];
        ask.text = '{{nobody}}';
      }),
    ).toEqual(
      expect.arrayContaining([
        '节点 `ask`的文字用到了 {{nobody}}，但它既不是变量，也不是每个案例都有的 facts。',
        '节点 `ask`的选项 `good` 的 guard 用到了变量 `budget`，但 variables 里没有定义它。',
        '节点 `ask`的选项 `bad` 的 effects 用到了变量 `mood`，但 variables 里没有定义它。',
      ]),
    );
  });

  test('reports values of the wrong type', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
        ask.choices[1]!['effects'] = [
          { var: 'kind', set: 'c' },
          { var: 'met', add: 1 },
        ];
        ask.choices[1]!['guard'] = { var: 'kind', gte: 1 };
      }),
    ).toEqual(
      expect.arrayContaining([
        '节点 `ask`的选项 `bad` 的 guard 对变量 `kind` 用了 gte，只有 number 变量可以比大小。',
        '节点 `ask`的选项 `bad` 的 effects 把变量 `kind` 设为 "c"，不合适：应为以下之一：a、b。',
        '节点 `ask`的选项 `bad` 的 effects 对变量 `met` 用了 add，只有 number 变量可以加减。',
      ]),
    );
  });

  test('reports an effect that can push a number out of its bounds', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
        ask.choices[0]!['effects'] = [{ var: 'trust', add: 3 }];
      }),
    ).toEqual(
      expect.arrayContaining([
        '节点 `ask`的选项 `good` 可能让变量 `trust` 变成 4，超出范围 0–3：请调整数值，或加 guard 挡住这种情况。',
      ]),
    );
  });

  test('reports scores for a competency the scenario does not list', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
        ask.choices[0]!['score'] = { intelligence: 2, contract: 1 };
      }),
    ).toEqual(
      expect.arrayContaining([
        '节点 `ask`的选项 `good` 给能力项 `contract` 计分，但情景的 competencies 里没有列它。',
      ]),
    );
  });

  test('reports a choice whose guard never holds', () => {
    expect(
      issues((s) => {
        const judge = (s.nodes as Nodes)['judge'] as { choices: Record<string, unknown>[] };
        judge.choices[2]!['guard'] = { var: 'trust', gt: 3 };
      }),
    ).toEqual([
      '节点 `judge`的选项 `vip` 在任何情况下都不会出现：它的 guard 从不成立。',
      '结局 `partial`在任何案例、任何走法下都到不了：通往它的 guard 或路线条件从不成立。',
    ]);
  });

  test('reports when no single path earns the maximum of every competency', () => {
    expect(
      issues((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
        ask.choices[1]!['score'] = { 'competitor-strategy': 5 };
      }),
    ).toEqual(
      expect.arrayContaining([
        '在案例 `case-a` 中，没有一条走法能同时拿到每个能力项的最高分（intelligence 最高 2，competitor-strategy 最高 8）：请让最佳走法在每个能力项上都是最高分。',
      ]),
    );
  });

  test('reports when the best-scoring path misses the best ending', () => {
    expect(
      issues((s) => {
        const judge = (s.nodes as Nodes)['judge'] as { choices: Record<string, unknown>[] };
        judge.choices[2]!['score'] = { 'competitor-strategy': 9 };
      }),
    ).toEqual([
      '在案例 `case-a` 中，得分最高的走法停在结局 `partial`（partial），而 won 的结局也能到达：请让通往最好结局的走法得分最高。',
      '在案例 `case-b` 中，得分最高的走法停在结局 `partial`（partial），而 won 的结局也能到达：请让通往最好结局的走法得分最高。',
    ]);
  });

  test('reports duplicate choice and case ids, and showCase without cases', () => {
    const input = baseInput();
    const ask = (input.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
    ask.choices[1]!['id'] = 'good';
    input.cases = [
      ...(input.cases ?? []),
      { id: 'case-a', label: 'x', set: { kind: 'a' }, facts: { name: 'x' } },
    ];
    expect(validateScenario(ScenarioSchema.parse(input))).toEqual(
      expect.arrayContaining([
        '有两个案例的 id 都是 `case-a`，案例 id 必须不同。',
        '节点 `ask`里有两个选项的 id 都是 `good`，同一节点内选项 id 必须不同。',
      ]),
    );
    const noCases = baseInput();
    noCases.cases = [];
    (noCases.nodes as Nodes)['intro'] = {
      type: 'narrative',
      title: 't',
      text: 't',
      showCase: true,
      next: 'ask',
    };
    (noCases.nodes as Nodes)['judge'] = {
      type: 'decision',
      title: 't',
      text: 't',
      prompt: 'p',
      choices: [
        choice('w', 'won', { guard: { var: 'met', eq: true } }),
        choice('l', 'lost'),
        choice('p', 'partial'),
      ],
    };
    expect(validateScenario(ScenarioSchema.parse(noCases))).toEqual([
      '节点 `intro`设了 showCase: true，但这个情景没有 cases。',
    ]);
  });

  test('computes the highest and lowest score per competency from the graph', () => {
    const { max, min } = scoreRanges(scenario());
    expect(max).toEqual({
      'client-selection': 0,
      intelligence: 2,
      'competitor-strategy': 3,
      'meetings-proposal': 0,
      contract: 0,
      'customer-care': 0,
    });
    expect(min['intelligence']).toBe(-1);
    expect(min['competitor-strategy']).toBe(0);
  });
});

describe('validateScenario: the state-graph size bound', () => {
  test('says a scenario with more states than it can check is too loose, instead of passing it', () => {
    const def = scenario((s) => {
      s.cases = [];
      s.variables = {
        n: { type: 'number', label: '次数', min: 0, max: CONFIG_LIMIT + 10, default: 0 },
      };
      s.start = 'loop';
      s.nodes = {
        loop: {
          type: 'decision',
          title: '再来',
          text: '再来一次？',
          prompt: '选',
          choices: [
            choice('again', 'loop', {
              guard: { var: 'n', lt: CONFIG_LIMIT + 10 },
              effects: [{ var: 'n', add: 1 }],
            }),
            choice('stop', 'end'),
          ],
        },
        end: { type: 'ending', outcome: 'won', title: '完', text: '完。' },
      } as Nodes;
    });
    expect(validateScenario(def)).toEqual([
      `状态组合超过 ${CONFIG_LIMIT} 种，无法检查：请缩小 number 变量的范围或减少变量。`,
    ]);
  });
});

describe('validateLessonLinks', () => {
  const lessons = [
    { id: 'intelligence', sections: [{ id: 'competitor-types' }, { id: 'people-map' }] },
  ];
  test('accepts links to existing sections', () => {
    expect(validateLessonLinks(scenario(), lessons)).toEqual([]);
  });
  test('reports a missing lesson and a missing section', () => {
    const def = scenario((s) => {
      const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
      ask.choices[0]!['rationale'] = { lesson: 'sales-101', section: 'intro' };
      ask.choices[1]!['rationale'] = { lesson: 'intelligence', section: 'rivals' };
    });
    expect(validateLessonLinks(def, lessons)).toEqual([
      '节点 `ask` 的选项 `good` 的 rationale 链接到课程 `sales-101`，但没有这一课。',
      '节点 `ask` 的选项 `bad` 的 rationale 链接到课程 `intelligence` 的小节 `rivals`，但这一课没有这个小节（现有：competitor-types、people-map）。',
    ]);
  });
});

describe('ScenarioSchema', () => {
  const messages = (change: (input: ScenarioInput) => void) => {
    const input = baseInput();
    change(input);
    const result = ScenarioSchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  test('rejects an unknown competency, a bad node type and a condition with two operators', () => {
    expect(messages((s) => (s.competencies = ['negotiation' as never]))).toEqual([
      'competencies.0: 能力项必须是以下之一：client-selection、intelligence、competitor-strategy、meetings-proposal、contract、customer-care',
    ]);
    expect(
      messages(
        (s) =>
          ((s.nodes as Record<string, unknown>)['intro'] = {
            type: 'scene',
            title: 't',
            text: 't',
          }),
      ),
    ).toEqual(['nodes.intro.type: node 的 type 必须是 narrative、decision 或 ending']);
    expect(
      messages((s) => {
        const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
        ask.choices[0]!['guard'] = { var: 'trust', gte: 1, lte: 2 };
      }),
    ).toEqual([
      'nodes.ask.choices.0.guard: 条件除 var 外必须恰好写一个比较：eq、ne、in、gte、lte、gt、lt',
    ]);
  });
  test('rejects a number variable whose default is outside its bounds', () => {
    expect(
      messages(
        (s) =>
          ((s.variables as Record<string, unknown>)['trust'] = {
            type: 'number',
            label: 'x',
            min: 0,
            max: 3,
            default: 5,
          }),
      ),
    ).toEqual(['variables.trust: default 必须在 min 和 max 之间']);
  });
});

describe('exploration', () => {
  test('merges states that differ only in variables nothing reads later', async () => {
    const { explore, liveVariables } = await import('../../../../src/lib/scenario/explore');
    const plain = scenario();
    const noisy = scenario((s) => {
      (s.variables as Record<string, unknown>)['noise'] = { type: 'flag', label: '无关' };
      const ask = (s.nodes as Nodes)['ask'] as { choices: Record<string, unknown>[] };
      ask.choices[1]!['effects'] = [{ var: 'noise', set: true }];
    });
    const count = (def: typeof plain) => explore(def, def.cases[0]).configs.length;
    expect(count(noisy)).toBe(count(plain));
    expect(liveVariables(noisy).get('judge')).toEqual(['kind', 'met', 'trust']);
    expect(liveVariables(noisy).get('won')).toEqual([]);
    expect(validateScenario(noisy)).toEqual([]);
  });
});
