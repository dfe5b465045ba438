/**
 * Rules across collections: every bank belongs to a lesson of the course, every question links to
 * a section of that lesson, and question ids are unique across banks.
 */
import type { ContentIssue } from '../../schemas/common';
import type { QuizBank } from '../../schemas/quiz';
import { checkEntries } from '../content/entries';

export interface BankSource {
  /** e.g. `content/quizzes/contract.yaml`. */
  file: string;
  bank: QuizBank;
}

export interface LessonOutline {
  id: string;
  sections: readonly { id: string }[];
}

/** Checks banks against the lessons' sections; every problem is one sentence naming the question. */
export function validateQuizLinks(
  banks: readonly BankSource[],
  lessons: readonly LessonOutline[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const owner = new Map<string, string>();
  const checked = checkEntries(
    banks.map(({ file, bank }) => ({
      where: file,
      fileId:
        file
          .split('/')
          .pop()
          ?.replace(/\.(ya?ml|json)$/, '') ?? '',
      id: bank.lesson,
    })),
    {
      mismatch: (e) => `lesson 写的是 "${e.id}"，与文件名不一致；题库文件应命名为 ${e.id}.yaml。`,
    },
  );
  for (const { file, bank } of banks) {
    issues.push(...checked.filter((issue) => issue.where === file));
    for (const q of bank.questions) {
      const first = owner.get(q.id);
      if (first !== undefined)
        issues.push({
          where: file,
          message: `题目 id "${q.id}" 已经在 ${first} 里用过，题目 id 在所有题库中必须唯一。`,
        });
      else owner.set(q.id, file);
    }
    const lesson = byId.get(bank.lesson);
    if (lesson === undefined) {
      const known = lessons.map((l) => l.id).join('、');
      issues.push({
        where: file,
        message: `lesson "${bank.lesson}" 不在课程里，题目 "${bank.questions[0]?.id ?? ''}" 等都无法链接到课文；现有的课：${known}。`,
      });
      continue;
    }
    const sections = lesson.sections.map((s) => s.id);
    for (const q of bank.questions) {
      if (q.section !== undefined && !sections.includes(q.section)) {
        issues.push({
          where: file,
          message: `题目 "${q.id}" 链接到小节 "${q.section}"，但课文 ${bank.lesson} 里没有这个小节；可用的小节：${sections.join('、')}。`,
        });
      }
    }
  }
  return issues;
}
