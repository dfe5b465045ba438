/**
 * Result-code catalogs of every item a learner can hand in (lesson tests, the final exam,
 * scenarios), as the pages and the roster see them. The keys' order is the content version.
 */
import { getPools } from './quizzes';
import { getScenarios } from './scenarios';
import { getLessons } from './course';
import { lessonHref } from '../lib/course/navigation';
import { t } from '../i18n';
import type { Catalog } from '../lib/workshop/result-code';

export interface WorkshopItem extends Catalog {
  label: string;
  /** Short text of each key, for the roster's "most got wrong" list and the CSV header. */
  labels: Record<string, string>;
  /**
   * Where to discuss each key when the room gets it wrong: the lesson section a question tests, or
   * the section a scenario choice's rationale cites, as `lesson#section` (see `discussLinks`).
   */
  discuss: Record<string, string>;
}

/** A lesson section to discuss, by `lesson#section`: its link, its lesson's title and its own. */
export type DiscussLinks = Record<string, { href: string; lesson: string; section: string }>;

/** Questions a lesson test and the final exam draw (the `count` of their pages). */
export const TEST_SIZE = 8;
export const EXAM_SIZE = 20;

const short = (text: string, n = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};

export async function getWorkshopItems(): Promise<WorkshopItem[]> {
  const [pools, scenarios] = await Promise.all([getPools(), getScenarios()]);
  const items: WorkshopItem[] = [];
  const examLabels: Record<string, string> = {};
  const examDiscuss: Record<string, string> = {};
  for (const pool of pools) {
    const labels: Record<string, string> = {};
    const discuss: Record<string, string> = {};
    for (const q of pool.questions) {
      labels[q.id] = short(q.prompt);
      if (q.section !== undefined) discuss[q.id] = `${pool.lesson}#${q.section}`;
    }
    Object.assign(examLabels, labels);
    Object.assign(examDiscuss, discuss);
    items.push({
      item: `test:${pool.lesson}`,
      label: t('roster.itemTest', { n: pool.order, title: pool.title }),
      keys: pool.questions.map((q) => q.id),
      size: Math.min(TEST_SIZE, pool.questions.length),
      labels,
      discuss,
    });
  }
  if (pools.length > 0)
    items.push({
      item: 'exam',
      label: t('roster.itemExam'),
      keys: Object.keys(examLabels),
      size: Math.min(EXAM_SIZE, Object.keys(examLabels).length),
      labels: examLabels,
      discuss: examDiscuss,
    });
  for (const { def } of scenarios) {
    const labels: Record<string, string> = {};
    const discuss: Record<string, string> = {};
    for (const [id, node] of Object.entries(def.nodes)) {
      if (node.type !== 'decision') continue;
      for (const choice of node.choices) {
        labels[`${id}/${choice.id}`] = `${short(node.title, 20)}：${short(choice.label)}`;
        discuss[`${id}/${choice.id}`] = `${choice.rationale.lesson}#${choice.rationale.section}`;
      }
    }
    items.push({
      item: `scenario:${def.id}`,
      label: t('roster.itemScenario', { title: def.title }),
      keys: Object.keys(labels),
      labels,
      discuss,
    });
  }
  return items;
}

/** The link and name of every section the items send the room to (keys `lesson#section`). */
export async function discussLinks(items: readonly WorkshopItem[]): Promise<DiscussLinks> {
  const lessons = await getLessons();
  const links: DiscussLinks = {};
  for (const ref of new Set(items.flatMap((i) => Object.values(i.discuss)))) {
    const [lessonId, sectionId] = ref.split('#') as [string, string];
    const lesson = lessons.find((l) => l.id === lessonId);
    const section = lesson?.sections.find((x) => x.id === sectionId);
    // Checked at build (questions' sections and scenario rationales): a miss here is a bug.
    if (lesson === undefined || section === undefined)
      throw new Error(`讨论链接 ${ref} 指向的课文小节不存在`);
    links[ref] = {
      href: lessonHref(lessonId, sectionId),
      lesson: lesson.title,
      section: section.title,
    };
  }
  return links;
}

export async function getWorkshopItem(item: string): Promise<WorkshopItem> {
  const found = (await getWorkshopItems()).find((i) => i.item === item);
  if (found === undefined) throw new Error(`No workshop item ${item}`);
  return found;
}
