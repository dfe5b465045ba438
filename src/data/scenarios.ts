/**
 * The scenarios as pages see them: loaded from `content/scenarios`, checked as graphs and against
 * the course's lesson sections, in order. Any authoring problem stops the build with sentences an
 * author can act on.
 */
import { getCollection } from 'astro:content';
import type { Scenario } from '../schemas/scenario';
import { scoreRanges, validateLessonLinks, validateScenario } from '../lib/scenario/validate';
import { stats } from '../lib/scenario/view';
import { formatIssues } from '../lib/course/validate';
import type { ContentIssue } from '../schemas/common';
import type { Competency } from '../schemas/competency';
import { getLessons } from './course';
import { lessonHref } from '../lib/course/navigation';
import { checkScenarioQuality } from '../lib/scenario/item-quality';
import { ENFORCE_ITEM_QUALITY } from '../lib/quality/rules';
import { checkEntries } from '../lib/content/entries';

export interface CourseScenario {
  def: Scenario;
  stats: ReturnType<typeof stats>;
  max: Record<Competency, number>;
  min: Record<Competency, number>;
}

let cached: Promise<CourseScenario[]> | undefined;

async function load(): Promise<CourseScenario[]> {
  const [entries, lessons] = await Promise.all([getCollection('scenarios'), getLessons()]);
  const whereOf = (id: string) => `content/scenarios/${id}.yaml`;
  const issues: ContentIssue[] = checkEntries(
    entries.map((e) => ({
      where: whereOf(e.id),
      fileId: e.id,
      id: e.data.id,
      order: e.data.order,
    })),
    {
      mismatch: (e) => `id "${e.id}" 与文件名不一致，请把 id 改成 "${e.fileId}"。`,
      each: '每个情景',
    },
  );
  const quality: ContentIssue[] = [];
  for (const entry of entries) {
    const where = whereOf(entry.id);
    const def = entry.data;
    const problems = [...validateScenario(def), ...validateLessonLinks(def, lessons)];
    for (const message of problems) issues.push({ where, message });
    // Quality is judged only on graphs that hold together.
    if (problems.length === 0)
      for (const message of checkScenarioQuality(def)) quality.push({ where, message });
  }
  if (ENFORCE_ITEM_QUALITY) issues.push(...quality);
  else if (quality.length > 0) console.warn(`[出题质量，尚未强制] ${formatIssues(quality)}`);
  if (issues.length > 0) throw new Error(formatIssues(issues));
  return entries
    .map((entry) => ({ def: entry.data, stats: stats(entry.data), ...scoreRanges(entry.data) }))
    .sort((a, b) => a.def.order - b.def.order);
}

/** All scenarios in order, validated. */
export function getScenarios(): Promise<CourseScenario[]> {
  cached ??= load();
  return cached;
}

/** Href and label of every lesson link in a scenario, for the islands (keys `lesson#section`). */
export async function scenarioLinks(
  def: Scenario,
): Promise<Record<string, { href: string; label: string }>> {
  const lessons = await getLessons();
  const links: Record<string, { href: string; label: string }> = {};
  const add = (link: { lesson: string; section: string }) => {
    const lesson = lessons.find((l) => l.id === link.lesson);
    const section = lesson?.sections.find((s) => s.id === link.section);
    if (lesson !== undefined && section !== undefined)
      links[`${link.lesson}#${link.section}`] = {
        href: lessonHref(link.lesson, link.section),
        label: `${lesson.title} · ${section.title}`,
      };
  };
  def.lessons.forEach(add);
  for (const node of Object.values(def.nodes)) {
    if (node.type === 'decision') node.choices.forEach((c) => add(c.rationale));
    if (node.type === 'ending') node.review.forEach(add);
  }
  return links;
}
