/**
 * Build-time checks of the agenda templates: the files parse, ids match file names, orders differ,
 * and every lesson, scenario and test a block uses exists in the course.
 */
import type { ContentIssue } from '../../schemas/common';
import type { Agenda, BlockUse } from '../../schemas/agenda';
import { checkEntries } from '../content/entries';
import { assertNever } from '../util/guards';

/** The ids an agenda may refer to. */
export interface CourseIds {
  lessons: readonly string[];
  scenarios: readonly string[];
  /** Lessons that have a test. */
  tests: readonly string[];
}

/** Sorted agendas and every problem with them, each naming the file. */
export function checkAgendas(
  entries: readonly { file: string; agenda: Agenda }[],
  course: CourseIds,
): { agendas: Agenda[]; issues: ContentIssue[] } {
  const issues = checkEntries(
    entries.map(({ file, agenda }) => ({
      where: file,
      fileId:
        file
          .split('/')
          .pop()
          ?.replace(/\.json$/, '') ?? '',
      id: agenda.id,
      order: agenda.order,
    })),
    {
      mismatch: (e) => `id "${e.id}" 与文件名不一致，请把 id 改成 "${e.fileId}"。`,
      each: '每个议程',
    },
  );
  const missing = (use: BlockUse): string | undefined => {
    switch (use.kind) {
      case 'lesson':
        return course.lessons.includes(use.id) ? undefined : `课程里没有 id 为 "${use.id}" 的课`;
      case 'scenario':
      case 'cards':
        return course.scenarios.includes(use.id)
          ? undefined
          : `没有 id 为 "${use.id}" 的情景，现有：${course.scenarios.join('、')}`;
      case 'test':
        return course.tests.includes(use.id)
          ? undefined
          : `课程 "${use.id}" 没有测验，有测验的课：${course.tests.join('、')}`;
      case 'exam':
      case 'roster':
        return undefined;
      default:
        return assertNever(use);
    }
  };
  for (const { file, agenda } of entries)
    agenda.blocks.forEach((block, i) => {
      for (const use of block.uses) {
        const problem = missing(use);
        if (problem !== undefined)
          issues.push({
            where: file,
            message: `第 ${i + 1} 段「${block.title}」用到的 ${use.kind}：${problem}。`,
          });
      }
    });
  return { agendas: entries.map((e) => e.agenda).sort((a, b) => a.order - b.order), issues };
}
