import type { ContentIssue } from '../../schemas/common';
import { REQUIRED_SECTIONS, type Lesson, type LessonSection } from '../../schemas/lesson';
import { checkCalloutSources, extractCallouts } from './callouts';
import { extractSections } from './sections';
import { checkEntries } from '../content/entries';

/** A lesson as loaded at build: validated frontmatter, its file and its raw MDX body. */
export interface LessonSource {
  file: string;
  /** The entry id the loader derived from the file name. */
  entryId: string;
  data: Lesson;
  body: string;
}

/** A lesson ready for pages: frontmatter plus the sections read from its body. */
export interface CourseLesson extends Lesson {
  sections: LessonSection[];
}

/** Anchor of the 参考资料 list rendered after a lesson's last section. */
export const SOURCES_SECTION_ID = 'sources';

const REQUIRED_TITLES: Record<(typeof REQUIRED_SECTIONS)[number], string> = {
  mistakes: '常见误区',
  briefing: '会前要点',
};

/**
 * Checks the rules that span a lesson's body and the whole course, and returns the lessons in
 * course order with their sections. Problems come back as issues; the caller fails the build.
 */
export function validateCourse(sources: readonly LessonSource[]): {
  lessons: CourseLesson[];
  issues: ContentIssue[];
} {
  const issues: ContentIssue[] = checkEntries(
    sources.map((s) => ({ where: s.file, fileId: s.entryId, id: s.data.id, order: s.data.order })),
    {
      mismatch: (e) =>
        `frontmatter 里的 id "${e.id}" 与文件名不一致，请把 id 改成 "${e.fileId}"，或把文件改名为 ${e.id}.mdx。`,
      each: '每一课',
      consecutive: '课程顺序',
    },
  );
  const lessons: CourseLesson[] = [];
  for (const source of sources) {
    const { file, data } = source;
    const { sections, problems } = extractSections(source.body);
    for (const message of problems) issues.push({ where: file, message });
    if (sections.some((section) => section.id === SOURCES_SECTION_ID)) {
      issues.push({
        where: file,
        message: `小节 id "${SOURCES_SECTION_ID}" 留给页面末尾自动生成的「参考资料」，请给这个小节换一个 id。`,
      });
    }
    const sourceIds = data.sources.map((item) => item.id);
    for (const message of checkCalloutSources(extractCallouts(source.body), sourceIds)) {
      issues.push({ where: file, message });
    }
    for (const required of REQUIRED_SECTIONS) {
      if (!sections.some((section) => section.id === required)) {
        issues.push({
          where: file,
          message: `缺少 id 为 "${required}" 的小节，请在课文末尾加上 <Section id="${required}" title="${REQUIRED_TITLES[required]}">。`,
        });
      }
    }
    lessons.push({ ...data, sections });
  }
  lessons.sort((a, b) => a.order - b.order);
  issues.push(...checkLessonLinks(sources, lessons));
  return { lessons, issues };
}

const LESSON_LINK = /\]\(\/lessons\/([^/)#\s]+)\/(?:#([^)\s]+))?\)/g;

/** Markdown links from one lesson to another (`](/lessons/<id>/#<section>)`) must point somewhere. */
function checkLessonLinks(
  sources: readonly LessonSource[],
  lessons: readonly CourseLesson[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    for (const [, id, section] of source.body.matchAll(LESSON_LINK)) {
      const target = lessons.find((lesson) => lesson.id === id);
      if (target === undefined) {
        issues.push({
          where: source.file,
          message: `链接指向的课程 "${id}" 不存在，请检查 /lessons/${id}/ 的拼写。`,
        });
      } else if (section !== undefined && !target.sections.some((item) => item.id === section)) {
        issues.push({
          where: source.file,
          message: `链接指向课程 "${id}" 的小节 "${section}"，但这一课没有这个小节；可用的小节：${target.sections.map((item) => item.id).join('、')}。`,
        });
      }
    }
  }
  return issues;
}

/** Formats issues as the one message a failed build shows. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return [
    `课程内容有 ${issues.length} 处需要修改：`,
    ...issues.map((issue) => `- ${issue.where}：${issue.message}`),
  ].join('\n');
}
