/**
 * The lesson pictures drawn from playbook blocks (the decision chain from a `roles` block, the
 * meetings timeline from a `steps` block) must say what the lesson around them says: every role
 * named in bold in the lesson section the block points to, every step the title of its own lesson
 * section, every task of a step in that section's text. A picture and its lesson cannot drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CardSchema } from '../../../src/schemas/playbook';

const cards = readdirSync('content/playbook')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => CardSchema.parse(parse(readFileSync(`content/playbook/${f}`, 'utf8'))));

/** A lesson section: its title and the text up to its closing tag. */
function section(lesson: string, id: string): { title: string; text: string } {
  const mdx = readFileSync(`content/lessons/${lesson}.mdx`, 'utf8');
  const open = new RegExp(`<Section id="${id}" title="([^"]*)">`).exec(mdx);
  if (open === null) throw new Error(`第 ${lesson} 课没有 id 为 ${id} 的小节`);
  const text = mdx.slice(open.index, mdx.indexOf('</Section>', open.index));
  return { title: open[1]!, text };
}

/** A task as the deck words it, without our bracketed note (「（70万以上）」). */
const bare = (task: string) => task.replace(/（[^）]*）/g, '').trim();

const drawn = cards.flatMap((card) =>
  card.blocks
    .filter((block) => block.type === 'roles' || block.type === 'steps')
    .map((block) => ({ card, block })),
);

describe('pictures drawn from playbook blocks match their lessons', () => {
  test('there are pictures to check (the decision chain and the meetings timeline)', () => {
    expect(drawn.map(({ block }) => block.type).sort()).toEqual(['roles', 'steps']);
  });
  for (const { card, block } of drawn)
    test(`${card.id}/${block.id}`, () => {
      if (block.type === 'roles') {
        const { text } = section(card.lesson, block.section!);
        for (const role of block.roles) expect(text, role.name).toContain(`**${role.name}**`);
      } else if (block.type === 'steps') {
        for (const step of block.steps) {
          const { title, text } = section(card.lesson, step.section!);
          expect(title, step.title).toMatch(new RegExp(`^${step.title}`));
          for (const task of step.tasks) expect(text, task).toContain(bare(task));
        }
      }
    });
});
