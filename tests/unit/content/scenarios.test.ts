/**
 * Checks every shipped scenario file: the schema, the graph rules and the lesson links, with the
 * messages an author sees. Run `npx vitest run tests/unit/content` after editing a scenario.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateLessonLinks, validateScenario } from '../../../src/lib/scenario/validate';
import { courseOutline, loadScenario, parseScenario, scenarioFiles } from './load';

const files = scenarioFiles();
const outline = courseOutline();

describe('content/scenarios', () => {
  test('there is at least one scenario', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)(
    '%s is valid',
    (file) => {
      const { scenario, errors } = loadScenario(file);
      expect(errors, `${file} 的字段有误`).toEqual([]);
      if (scenario === undefined) return;
      expect(`${scenario.id}.yaml`, 'id 必须等于文件名').toBe(file);
      expect([...validateScenario(scenario), ...validateLessonLinks(scenario, outline)]).toEqual(
        [],
      );
      // The graph check explores every reachable state of every case: a few seconds for the larger
      // scenarios (full-deal, contract-review), more on a busy machine; 5 s was too tight.
    },
    30_000,
  );

  test('scenario orders are unique', () => {
    const orders = files.map((f) => loadScenario(f).scenario?.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('docs/scenario-format.md', () => {
  test('its complete example is a valid scenario', () => {
    const doc = readFileSync('docs/scenario-format.md', 'utf8');
    const example = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .find((y) => y.startsWith('id:'));
    expect(example).toBeDefined();
    const { scenario, errors } = parseScenario(example ?? '');
    expect(errors).toEqual([]);
    expect(validateScenario(scenario!)).toEqual([]);
    expect(validateLessonLinks(scenario!, outline)).toEqual([]);
  });
});
