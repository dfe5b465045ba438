import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AGENDAS } from '../../../src/data/agendas';

const lessons = readdirSync('content/lessons').map((f) => f.replace(/\.mdx$/, ''));
const scenarios = readdirSync('content/scenarios').map((f) => f.replace(/\.yaml$/, ''));
const tests = readdirSync('content/quizzes').map((f) => f.replace(/\.yaml$/, ''));

describe('agenda templates', () => {
  test('a 90-minute and a half-day session whose blocks add up to their length', () => {
    expect(AGENDAS.map((a) => a.minutes)).toEqual([90, 210]);
    for (const agenda of AGENDAS)
      expect(
        agenda.blocks.reduce((sum, b) => sum + b.minutes, 0),
        agenda.id,
      ).toBe(agenda.minutes);
  });
  test('every block uses lessons, scenarios and tests that exist', () => {
    for (const block of AGENDAS.flatMap((a) => a.blocks)) {
      for (const use of block.uses) {
        if (use.kind === 'lesson') expect(lessons, block.title).toContain(use.id);
        if (use.kind === 'scenario' || use.kind === 'cards')
          expect(scenarios, block.title).toContain(use.id);
        if (use.kind === 'test') expect(tests, block.title).toContain(use.id);
      }
    }
    const kinds = new Set(
      AGENDAS.flatMap((a) => a.blocks.flatMap((b) => b.uses.map((u) => u.kind))),
    );
    expect([...kinds].sort()).toEqual(['cards', 'exam', 'lesson', 'roster', 'scenario', 'test']);
  });
});
