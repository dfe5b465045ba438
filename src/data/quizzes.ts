/**
 * Question banks as pages see them: parsed with `QuizBankSchema`, checked against the lessons'
 * sections, facilitator notes stripped. Any authoring problem stops the build here with sentences
 * that name the file and the question.
 */
import { getCollection } from 'astro:content';
import { parseQuizBank, type QuizBank } from '../schemas/quiz';
import type { ContentIssue } from '../schemas/common';
import { formatIssues } from '../lib/course/validate';
import { validateQuizLinks, type BankSource } from '../lib/quiz/links';
import { toLearner, type LearnerQuestion } from '../lib/quiz/learner';
import { getLessons } from './course';
import { checkBankQuality } from '../lib/quiz/item-quality';
import { ENFORCE_ITEM_QUALITY } from '../lib/quality/rules';

export interface LessonPool {
  lesson: string;
  title: string;
  order: number;
  minutes: number;
  questions: LearnerQuestion[];
}

let cached: Promise<{ pools: LessonPool[]; banks: QuizBank[] }> | undefined;

async function load() {
  const [entries, lessons] = await Promise.all([getCollection('quizzes'), getLessons()]);
  const issues: ContentIssue[] = [];
  const sources: BankSource[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `content/quizzes/${entry.id}.yaml`;
    const parsed = parseQuizBank(file, entry.data);
    issues.push(...parsed.issues);
    if (parsed.bank !== undefined) sources.push({ file, bank: parsed.bank });
  }
  issues.push(...validateQuizLinks(sources, lessons));
  const quality = sources.flatMap((s) => checkBankQuality(s.file, s.bank));
  if (ENFORCE_ITEM_QUALITY) issues.push(...quality);
  else if (quality.length > 0) console.warn(`[出题质量，尚未强制] ${formatIssues(quality)}`);
  if (issues.length > 0) throw new Error(formatIssues(issues));
  const pools: LessonPool[] = [];
  for (const lesson of lessons) {
    const source = sources.find((s) => s.bank.lesson === lesson.id);
    if (source === undefined) continue;
    pools.push({
      lesson: lesson.id,
      title: lesson.title,
      order: lesson.order,
      minutes: lesson.minutes,
      questions: source.bank.questions.map((q) =>
        toLearner(q, lesson.id, lesson.sections.find((s) => s.id === q.section)?.title),
      ),
    });
  }
  return { pools, banks: sources.map((s) => s.bank) };
}

/** Question pools of the lessons in the course, in course order (learner view). */
export async function getPools(): Promise<LessonPool[]> {
  cached ??= load();
  return (await cached).pools;
}

/** The banks with trainer notes, for trainer pages only (presenter console, printables; never a learner page). */
export async function getBanks(): Promise<QuizBank[]> {
  cached ??= load();
  return (await cached).banks;
}

/** One question by id (learner view), for `<Quiz id>` in lesson MDX; throws an author-facing error. */
export async function getQuestion(id: string, where: string): Promise<LearnerQuestion> {
  const pools = await getPools();
  for (const pool of pools) {
    const found = pool.questions.find((q) => q.id === id);
    if (found !== undefined) return found;
  }
  throw new Error(
    `${where}：<Quiz id="${id}" /> 找不到这道题，请检查 content/quizzes/ 里的题目 id。`,
  );
}
