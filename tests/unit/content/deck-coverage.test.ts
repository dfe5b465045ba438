import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import facts from '../../fixtures/deck-facts.json';
import { CardSchema, type Card } from '../../../src/schemas/playbook';
import { expandPlaybookTags } from '../../../src/lib/playbook/components';

/**
 * Every point and number of the deck must be taught somewhere. `deck-facts.json` lists, per lesson, the
 * deck's own wording of each point (numbers exactly as the deck writes them); a lesson edit that drops
 * one fails here.
 */
const lessonDir = 'content/lessons';
// Lessons may show playbook data (<CompetitorTable />…); read them with those blocks expanded.
const cards: Card[] = readdirSync('content/playbook')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => CardSchema.parse(parse(readFileSync(`content/playbook/${name}`, 'utf8'))));
const blockOf = (card: string, block: string) =>
  cards.find((item) => item.id === card)?.blocks.find((item) => item.id === block);
const lessons = Object.fromEntries(
  readdirSync(lessonDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [
      name.replace(/\.mdx$/, ''),
      expandPlaybookTags(readFileSync(`${lessonDir}/${name}`, 'utf8'), blockOf),
    ]),
);

describe('deck coverage', () => {
  test('there is one lesson per deck section', () => {
    expect(Object.keys(lessons).sort()).toEqual(Object.keys(facts).sort());
  });

  for (const [id, points] of Object.entries(facts)) {
    test(`lesson ${id} teaches every point of its deck section`, () => {
      expect(points.filter((point) => !lessons[id]?.includes(point))).toEqual([]);
    });
  }

  test('the last lesson says plainly that the source is cut off, and marks added material', () => {
    const last = lessons['client-focus'] ?? '';
    expect(last).toMatch(/<Section id="source-gap"/);
    expect(last).toContain('后面的内容缺失了');
    expect(last).toMatch(/<Callout type="added"/);
  });

  test('where the trade changed since the deck, lessons say so', () => {
    const changed = Object.entries(lessons).filter(([, body]) =>
      body.includes('<Callout type="changed"'),
    );
    expect(changed.map(([id]) => id)).toEqual(
      expect.arrayContaining(['client-focus', 'first-principles']),
    );
    expect(lessons['client-focus']).toMatch(/2015/);
  });
});
