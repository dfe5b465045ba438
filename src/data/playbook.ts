/**
 * The quick-refresh cards as pages see them: `content/playbook/*.yaml`, checked against the lessons
 * they link to. A broken link stops the build with a sentence an author can act on.
 */
import { getCollection } from 'astro:content';
import { formatIssues } from '../lib/course/validate';
import { validatePlaybook, type CourseCard } from '../lib/playbook/validate';
import type { Block } from '../schemas/playbook';
import { getLessons } from './course';

let cached: Promise<CourseCard[]> | undefined;

async function load(): Promise<CourseCard[]> {
  const [entries, lessons] = await Promise.all([getCollection('playbook'), getLessons()]);
  const { cards, issues } = validatePlaybook(
    entries.map((entry) => ({
      file: `content/playbook/${entry.filePath?.split('/').pop() ?? `${entry.id}.yaml`}`,
      entryId: entry.id,
      data: entry.data,
    })),
    lessons,
  );
  if (issues.length > 0) throw new Error(formatIssues(issues));
  return cards;
}

/** All cards in card order. */
export function getCards(): Promise<CourseCard[]> {
  cached ??= load();
  return cached;
}

/** One block of one card, for `<PlaybookBlock card block />` inside a lesson. */
export async function getBlock(
  cardId: string,
  blockId: string,
): Promise<{ card: CourseCard; block: Block }> {
  const cards = await getCards();
  const card = cards.find((item) => item.id === cardId);
  const block = card?.blocks.find((item) => item.id === blockId);
  if (card === undefined || block === undefined) {
    const known = cards.flatMap((item) => item.blocks.map((b) => `${item.id}/${b.id}`)).join('、');
    throw new Error(
      `<PlaybookBlock card="${cardId}" block="${blockId}" /> 找不到这一块，可用的有：${known}`,
    );
  }
  return { card, block };
}
