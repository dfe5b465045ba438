import type { ContentIssue } from '../../schemas/common';
import type { Card } from '../../schemas/playbook';
import type { LessonSection } from '../../schemas/lesson';
import { checkEntries } from '../content/entries';

/** What the playbook needs to know about a lesson to check its links. */
export interface LessonRef {
  id: string;
  title: string;
  sections: readonly LessonSection[];
}

/** A card as pages see it: the card plus the title of the lesson it summarises. */
export interface CourseCard extends Card {
  lessonTitle: string;
}

/**
 * Checks that every card and block points at a lesson and section that exist, so a card never links
 * into nowhere when a lesson is renamed. Returns the cards in card order.
 */
export function validatePlaybook(
  entries: readonly { file: string; entryId: string; data: Card }[],
  lessons: readonly LessonRef[],
): { cards: CourseCard[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = checkEntries(
    entries.map((e) => ({ where: e.file, fileId: e.entryId, id: e.data.id, order: e.data.order })),
    {
      mismatch: (e) => `id "${e.id}" 与文件名不一致，请把 id 改成 "${e.fileId}"。`,
      each: '每张速查卡',
    },
  );
  const cards: CourseCard[] = [];
  for (const { file, data: card } of entries) {
    const lesson = lessons.find((item) => item.id === card.lesson);
    if (lesson === undefined) {
      issues.push({
        where: file,
        message: `lesson "${card.lesson}" 不存在，可选的课程：${lessons.map((item) => item.id).join('、')}。`,
      });
      continue;
    }
    const sectionIds = new Set(lesson.sections.map((section) => section.id));
    const check = (section: string, what: string) => {
      if (!sectionIds.has(section)) {
        issues.push({
          where: file,
          message: `${what}指向的小节 "${section}" 不在课程 ${lesson.id} 里，可选的小节：${[...sectionIds].join('、')}。`,
        });
      }
    };
    for (const block of card.blocks) {
      check(block.section, `块「${block.title}」`);
      if (block.type === 'steps')
        for (const step of block.steps) check(step.section, `「${step.title}」`);
    }
    cards.push({ ...card, lessonTitle: lesson.title });
  }
  return { cards: cards.sort((a, b) => a.order - b.order), issues };
}
