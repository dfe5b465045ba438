/** Reads scenario YAML files and the course outline the way the content checks need them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../../src/schemas/scenario';
import { extractSections } from '../../../src/lib/course/sections';
import type { LinkableLesson } from '../../../src/lib/scenario/validate';
import { PLANNED_SECTIONS } from '../../fixtures/course-outline';

export const SCENARIO_DIR = 'content/scenarios';

export function scenarioFiles(dir = SCENARIO_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
}

/** Parses one YAML text; returns the scenario or the schema's messages as `path: message`. */
export function parseScenario(source: string): { scenario?: Scenario; errors: string[] } {
  let raw: unknown;
  try {
    raw = parse(source, { uniqueKeys: true });
  } catch (error) {
    return { errors: [`YAML 写法有误：${(error as Error).message}`] };
  }
  const result = ScenarioSchema.safeParse(raw);
  if (result.success) return { scenario: result.data, errors: [] };
  return { errors: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

export function loadScenario(
  file: string,
  dir = SCENARIO_DIR,
): { scenario?: Scenario; errors: string[] } {
  return parseScenario(readFileSync(join(dir, file), 'utf8'));
}

/** The course's lessons and sections: the real MDX where it exists, the planned outline otherwise. */
export function courseOutline(dir = 'content/lessons'): LinkableLesson[] {
  return Object.entries(PLANNED_SECTIONS).map(([id, planned]) => {
    const file = join(dir, `${id}.mdx`);
    if (!existsSync(file)) return { id, sections: planned.map((s) => ({ id: s })) };
    return { id, sections: extractSections(readFileSync(file, 'utf8')).sections };
  });
}
