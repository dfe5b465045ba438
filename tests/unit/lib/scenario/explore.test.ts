/**
 * The state-graph explorer on its own: which configurations it finds, which transitions it blocks,
 * where it stops, and the values, score ranges and cycles it reads off the graph.
 */
import { describe, expect, test } from 'vitest';
import {
  components,
  explore,
  expertEdge,
  keyOf,
  liveVariables,
  scoreRange,
  values,
} from '../../../../src/lib/scenario/explore';
import {
  ScenarioSchema,
  type Scenario,
  type ScenarioInput,
} from '../../../../src/schemas/scenario';
import { baseInput, scenario } from '../../../fixtures/scenario';

const why = { lesson: 'intelligence', section: 'competitor-types' };
const pick = (id: string, next: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: id,
  feedback: 'f',
  rationale: why,
  next,
  ...extra,
});
const decision = (choices: unknown[]) => ({
  type: 'decision',
  title: 't',
  text: 't',
  prompt: 'p',
  choices,
});
const ending = (outcome = 'won') => ({ type: 'ending', outcome, title: 'e', text: 'e' });

/** A scenario with no cases, the given variables and nodes, starting at `a`. */
function tiny(nodes: Record<string, unknown>, variables: Record<string, unknown> = {}): Scenario {
  const input = {
    ...baseInput(),
    cases: [],
    variables,
    start: 'a',
    nodes,
  } as unknown as ScenarioInput;
  return ScenarioSchema.parse(input);
}

const nodesOf = (graph: ReturnType<typeof explore>) => graph.configs.map((c) => c.node).sort();

describe('explore', () => {
  test('finds every configuration of the fixture for one case, merging endings', () => {
    const def = scenario();
    const graph = explore(def, def.cases[0]);
    // judge twice (trust 2 and met after the good question, trust 1 after the bad one);
    // each ending once, since nothing after an ending reads a variable.
    expect(nodesOf(graph)).toEqual(['ask', 'intro', 'judge', 'judge', 'lost', 'partial', 'won']);
    expect(graph.start).toBe(0);
    expect(graph.configs[0]!.node).toBe('intro');
    expect(graph.truncated).toBe(false);
    expect(graph.blocked).toEqual([]);
    expect(graph.edges[0]).toEqual([{ choice: null, to: 1, score: {} }]);
  });

  test('offers a guarded choice only in the configurations where its guard holds', () => {
    const def = scenario();
    const graph = explore(def, def.cases[0]);
    const judges = graph.configs.flatMap((c, i) => (c.node === 'judge' ? [i] : []));
    const offered = judges.map((i) => graph.edges[i]!.map((e) => e.choice).sort());
    expect(offered).toContainEqual(['is-a', 'is-b', 'vip']);
    expect(offered).toContainEqual(['is-a', 'is-b']);
  });

  test('find locates a configuration by node and live variables, ignoring dead ones', () => {
    const def = scenario();
    const graph = explore(def, def.cases[0]);
    const at = graph.find('judge', { trust: 2, kind: 'a', met: true });
    expect(at).toBeDefined();
    expect(graph.configs[at!]).toMatchObject({ node: 'judge', vars: { trust: 2, met: true } });
    expect(graph.find('won', { trust: 0, kind: 'b', met: false })).toBe(
      graph.find('won', { trust: 3, kind: 'a', met: true }),
    );
    expect(graph.find('nowhere', {})).toBeUndefined();
  });

  test('blocks an effect that leaves a number variable’s bounds, naming node, choice and value', () => {
    const def = tiny(
      {
        a: decision([pick('up', 'z', { effects: [{ var: 'n', add: 2 }] }), pick('stay', 'z')]),
        z: ending(),
      },
      { n: { type: 'number', label: 'n', min: 0, max: 1, default: 0 } },
    );
    const graph = explore(def, undefined);
    expect(graph.blocked).toEqual([
      { kind: 'bounds', node: 'a', choice: 'up', variable: 'n', value: 2, min: 0, max: 1 },
    ]);
    expect(graph.edges[0]!.map((e) => e.choice)).toEqual(['stay']);
  });

  test('blocks a route list none of whose conditions holds', () => {
    const def = tiny(
      {
        a: {
          type: 'narrative',
          title: 't',
          text: 't',
          next: [{ when: { var: 'f', eq: true }, to: 'z' }],
        },
        z: ending(),
      },
      { f: { type: 'flag', label: 'f' } },
    );
    const graph = explore(def, undefined);
    expect(graph.blocked).toEqual([{ kind: 'no-route', node: 'a', choice: null }]);
    expect(graph.edges[0]).toEqual([]);
  });

  test('skips links to missing nodes instead of inventing configurations', () => {
    const def = tiny({ a: decision([pick('x', 'missing'), pick('y', 'z')]), z: ending() });
    const graph = explore(def, undefined);
    expect(graph.configs.map((c) => c.node)).toEqual(['a', 'z']);
    expect(graph.edges[0]!.map((e) => e.choice)).toEqual(['y']);
  });

  test('stops past the configuration limit and says so', () => {
    const def = tiny(
      {
        a: decision([
          pick('inc', 'a', { guard: { var: 'n', lt: 100 }, effects: [{ var: 'n', add: 1 }] }),
          pick('stop', 'z'),
        ]),
        z: ending(),
      },
      { n: { type: 'number', label: 'n', min: 0, max: 100, default: 0 } },
    );
    expect(explore(def, undefined).configs).toHaveLength(102);
    const cut = explore(def, undefined, 10);
    expect(cut.truncated).toBe(true);
    expect(cut.configs.length).toBeLessThanOrEqual(12);
  });
});

describe('liveVariables and keyOf', () => {
  test('a variable read only by a debrief is not live anywhere', () => {
    const live = liveVariables(scenario());
    // `met` is read by the guard of `vip` at judge, and not at all after the endings.
    expect(live.get('intro')).toEqual(['kind', 'met', 'trust']);
    expect(live.get('won')).toEqual([]);
  });

  test('keys differ by live variables only', () => {
    const live = new Map([['a', ['n']]]);
    expect(keyOf('a', { n: 1, x: true }, live)).toBe(keyOf('a', { n: 1, x: false }, live));
    expect(keyOf('a', { n: 1 }, live)).not.toBe(keyOf('a', { n: 2 }, live));
    expect(keyOf('a', { n: 1 }, live)).not.toBe(keyOf('b', { n: 1 }, live));
  });
});

describe('values, expertEdge and scoreRange', () => {
  test('the expert asks the good question, names the right type and wins in three steps', () => {
    const def = scenario();
    const graph = explore(def, def.cases[0]);
    const vals = values(def, graph);
    expect(vals[graph.start]).toEqual({ total: 5, rank: 0, steps: 3, ending: 'won' });
    const ask = graph.configs.findIndex((c) => c.node === 'ask');
    expect(expertEdge(graph, vals, ask)?.choice).toBe('good');
    const judge = graph.find('judge', { trust: 2, kind: 'a', met: true })!;
    expect(expertEdge(graph, vals, judge)?.choice).toBe('is-a');
    const won = graph.configs.findIndex((c) => c.node === 'won');
    expect(vals[won]).toEqual({ total: 0, rank: 0, steps: 0, ending: 'won' });
  });

  test('a configuration from which no ending is reachable has no value and no expert edge', () => {
    const def = tiny({
      a: decision([pick('x', 'b'), pick('y', 'z')]),
      b: decision([pick('p', 'b'), pick('q', 'b')]),
      z: ending(),
    });
    const graph = explore(def, undefined);
    const vals = values(def, graph);
    const b = graph.configs.findIndex((c) => c.node === 'b');
    expect(vals[b]).toBeUndefined();
    expect(expertEdge(graph, vals, b)).toBeUndefined();
    expect(expertEdge(graph, vals, 0)?.choice).toBe('y');
  });

  test('score range spans the best and worst path per competency', () => {
    const def = scenario();
    const { max, min } = scoreRange(def, explore(def, def.cases[0]));
    expect(max.intelligence).toBe(2);
    expect(min.intelligence).toBe(-1);
    expect(max['competitor-strategy']).toBe(3);
    expect(min['competitor-strategy']).toBe(0);
    expect(max.contract).toBe(0);
  });
});

describe('components', () => {
  test('puts the nodes of a cycle in one component and every other node alone', () => {
    const def = tiny({
      a: decision([pick('go', 'b'), pick('end', 'z')]),
      b: decision([pick('back', 'c'), pick('end', 'z')]),
      c: { type: 'narrative', title: 't', text: 't', next: 'b' },
      z: ending(),
    });
    const graph = explore(def, undefined);
    const named = components(graph).map((c) => c.map((i) => graph.configs[i]!.node).sort());
    expect(named).toHaveLength(4 - 1);
    expect(named).toContainEqual(['b', 'c']);
    expect(named).toContainEqual(['a']);
    expect(named).toContainEqual(['z']);
  });
});
