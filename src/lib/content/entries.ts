/**
 * The one check every content collection shares: an entry's id matches its file name, and, where
 * entries are ordered, no two share an `order` (and, for the course, the orders run 1, 2, 3, …).
 * Lessons, playbook cards, scenarios and quiz banks call it with their own wording.
 */
import type { ContentIssue } from '../../schemas/common';

export interface ContentEntry {
  /** The file, as issues name it (`content/lessons/contract.mdx`). */
  where: string;
  /** The id the file name gives (`contract`). */
  fileId: string;
  /** The id the entry declares. */
  id: string;
  /** Position in its list, for ordered collections. */
  order?: number;
}

export interface EntryRules {
  /** The sentence for an entry whose id differs from its file name. */
  mismatch: (entry: ContentEntry) => string;
  /** What the orders must differ among, e.g. `每一课`; leave out for unordered collections. */
  each?: string;
  /** When orders must run 1, 2, 3, … without a gap: what the sequence is called (`课程顺序`). */
  consecutive?: string;
}

/** Issues for ids that differ from file names, repeated orders and (if asked) gaps, in entry order. */
export function checkEntries(entries: readonly ContentEntry[], rules: EntryRules): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byOrder = new Map<number, string>();
  for (const entry of entries) {
    if (entry.id !== entry.fileId)
      issues.push({ where: entry.where, message: rules.mismatch(entry) });
    if (rules.each === undefined || entry.order === undefined) continue;
    const other = byOrder.get(entry.order);
    if (other !== undefined)
      issues.push({
        where: entry.where,
        message: `order ${entry.order} 已经被 ${other} 使用，${rules.each}的 order 必须不同。`,
      });
    else byOrder.set(entry.order, entry.where);
  }
  const sequence = rules.consecutive;
  if (sequence !== undefined)
    [...byOrder.keys()]
      .sort((a, b) => a - b)
      .forEach((order, index) => {
        if (order !== index + 1)
          issues.push({
            where: byOrder.get(order) ?? '',
            message: `${sequence}应从 1 连续编号，这里是 ${order}，但第 ${index + 1} 个位置空着。`,
          });
      });
  return issues;
}
