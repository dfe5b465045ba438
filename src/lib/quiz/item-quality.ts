/**
 * Item-quality checks of one question bank (issue 11): the key must not be findable without
 * knowing the answer. Thresholds and their reasons are in `src/lib/quality/rules.ts`.
 */
import type { ContentIssue } from '../../schemas/common';
import type { QuizBank } from '../../schemas/quiz';
import {
  allowedTrueCounts,
  ITEM_QUALITY,
  maxLongestKeys,
  repeatedTexts,
  uniquelyLongest,
} from '../quality/rules';

/** Problems of `bank` (read from `file`), as sentences naming the file and the questions. */
export function checkBankQuality(file: string, bank: QuizBank): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (message: string) => issues.push({ where: file, message });
  const qs = bank.questions;

  const keyed = qs.flatMap((q) => (q.type === 'single' || q.type === 'case' ? [q] : []));
  const longest = keyed.filter((q) => {
    const i = uniquelyLongest(q.options.map((o) => o.text));
    return i >= 0 && q.options[i]!.correct;
  });
  const most = maxLongestKeys(keyed.length);
  if (longest.length > most)
    add(
      `${keyed.length} 道单选题和案例题里，有 ${longest.length} 道的正确选项是最长的一项（${longest.map((q) => q.id).join('、')}），最多只能有 ${most} 道。专挑最长的选项就能蒙对，请把正确选项写得精炼些，或把干扰项写得一样具体。`,
    );

  const tf = qs.flatMap((q) => (q.type === 'truefalse' ? [q] : []));
  const trues = tf.filter((q) => q.answer).length;
  const allowed = allowedTrueCounts(tf.length);
  if (tf.length > 0 && !allowed.includes(trues)) {
    const range = allowed.length === 1 ? `${allowed[0]}` : `${allowed[0]}–${allowed.at(-1)}`;
    add(
      `${tf.length} 道判断题里答案为“对”的有 ${trues} 道，应为 ${range} 道（“对”占 ${ITEM_QUALITY.trueShareMin * 100}%–${ITEM_QUALITY.trueShareMax * 100}%）。一律选“${trues * 2 > tf.length ? '对' : '错'}”就能多拿分，请把几道题改写成相反的说法。`,
    );
  }

  const multiple = qs.flatMap((q) => (q.type === 'multiple' ? [q] : []));
  const rightCounts = new Set(multiple.map((q) => q.options.filter((o) => o.correct).length));
  if (multiple.length >= ITEM_QUALITY.minMultipleForVariety && rightCounts.size === 1)
    add(
      `${multiple.length} 道多选题（${multiple.map((q) => q.id).join('、')}）都恰好有 ${[...rightCounts][0]} 个正确选项。数出“通常选几个”就能猜，请让正确选项的个数有多有少。`,
    );

  for (const q of qs) {
    const lists =
      q.type === 'single' || q.type === 'case' || q.type === 'multiple'
        ? [q.options.map((o) => o.text)]
        : q.type === 'ordering'
          ? [q.items.map((i) => i.text)]
          : q.type === 'matching'
            ? [q.pairs.map((p) => p.text), q.choices.map((c) => c.text)]
            : [];
    for (const text of lists.flatMap(repeatedTexts))
      add(`题目 "${q.id}" 里有两个选项的文字都是“${text}”，请改写其中一个。`);
  }
  return issues;
}
