import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The quick-refresh cards as authored in content/playbook (id, title, lesson), in card order. */
export function playbookCards(
  dir = 'content/playbook',
): { id: string; title: string; lesson: string; order: number }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map(
      (name) =>
        parse(readFileSync(join(dir, name), 'utf8')) as {
          id: string;
          title: string;
          lesson: string;
          order: number;
        },
    )
    .sort((a, b) => a.order - b.order);
}
