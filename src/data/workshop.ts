/**
 * Result-code catalogs of every item a learner can hand in (lesson tests, the final exam,
 * scenarios), as the pages and the roster see them. The keys' order is the content version.
 */
import { getPools } from './quizzes';
import { getScenarios } from './scenarios';
import { t } from '../i18n';
import type { Catalog } from '../lib/workshop/result-code';

export interface WorkshopItem extends Catalog {
  label: string;
  /** Short text of each key, for the roster's "most got wrong" list and the CSV header. */
  labels: Record<string, string>;
}

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
  for (const pool of pools) {
    const labels: Record<string, string> = {};
    for (const q of pool.questions) labels[q.id] = short(q.prompt);
    Object.assign(examLabels, labels);
    items.push({
      item: `test:${pool.lesson}`,
      label: t('roster.itemTest', { n: pool.order, title: pool.title }),
      keys: pool.questions.map((q) => q.id),
      size: Math.min(TEST_SIZE, pool.questions.length),
      labels,
    });
  }
  if (pools.length > 0)
    items.push({
      item: 'exam',
      label: t('roster.itemExam'),
      keys: Object.keys(examLabels),
      size: Math.min(EXAM_SIZE, Object.keys(examLabels).length),
      labels: examLabels,
    });
  for (const { def } of scenarios) {
    const labels: Record<string, string> = {};
    for (const [id, node] of Object.entries(def.nodes)) {
      if (node.type !== 'decision') continue;
      for (const choice of node.choices)
        labels[`${id}/${choice.id}`] = `${short(node.title, 20)}：${short(choice.label)}`;
    }
    items.push({
      item: `scenario:${def.id}`,
      label: t('roster.itemScenario', { title: def.title }),
      keys: Object.keys(labels),
      labels,
    });
  }
  return items;
}

export async function getWorkshopItem(item: string): Promise<WorkshopItem> {
  const found = (await getWorkshopItems()).find((i) => i.item === item);
  if (found === undefined) throw new Error(`No workshop item ${item}`);
  return found;
}
