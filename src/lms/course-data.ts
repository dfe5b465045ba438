/**
 * Node-side (packaging and tests): reads the course content and keeps what the LMS adapter needs,
 * ids and answer keys only (`LmsCourse`). Runs through Vite's module runner from
 * `scripts/package-lms.mjs`, so the zod schemas stay the single source of truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LessonSchema } from '../schemas/lesson';
import { QuizBankSchema, type Question } from '../schemas/quiz';
import { ScenarioSchema } from '../schemas/scenario';
import type { LmsCourse, LmsQuestion } from '../lib/lms/course';
import { MAX_LETTERS } from '../lib/lms/interactions';
import { shortHash } from '../lib/storage/namespace';

export const COURSE_ID = 'tmc-sales-course';
export const COURSE_TITLE = '政企差旅销售训练营';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

function frontmatter(source: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  return match === null ? {} : parse(match[1]!);
}

function toLms(q: Question, lesson: string): LmsQuestion {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'case':
      return {
        id: q.id,
        lesson,
        type: q.type,
        options: q.options.map((o) => ({ id: o.id, correct: o.correct })),
      };
    case 'truefalse':
      return { id: q.id, lesson, type: q.type, answer: q.answer };
    case 'ordering':
      return { id: q.id, lesson, type: q.type, items: q.items.map((i) => i.id) };
    case 'matching':
      return {
        id: q.id,
        lesson,
        type: q.type,
        pairs: q.pairs.map((p) => ({ id: p.id, match: p.match })),
        choices: q.choices.map((c) => c.id),
      };
    default: {
      const never: never = q;
      throw new Error(`Unknown question ${JSON.stringify(never)}`);
    }
  }
}

/** Reads `content/` (or another root) into the adapter's course table; throws on a SCORM 1.2 limit. */
export function loadLmsCourse(root = 'content'): LmsCourse {
  const lessons = readdirSync(join(root, 'lessons'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => LessonSchema.parse(frontmatter(readFileSync(join(root, 'lessons', f), 'utf8'))))
    .sort((a, b) => a.order - b.order)
    .map((l) => ({ id: l.id, title: l.title }));
  const banks = yamlFiles(join(root, 'quizzes')).map((f) =>
    QuizBankSchema.parse(parse(readFileSync(join(root, 'quizzes', f), 'utf8'))),
  );
  const order = lessons.map((l) => l.id);
  banks.sort((a, b) => order.indexOf(a.lesson) - order.indexOf(b.lesson));
  const questions = banks.flatMap((b) => b.questions.map((q) => toLms(q, b.lesson)));
  const scenarios = yamlFiles(join(root, 'scenarios'))
    .map((f) => ScenarioSchema.parse(parse(readFileSync(join(root, 'scenarios', f), 'utf8'))))
    .sort((a, b) => a.order - b.order)
    .map((s) => {
      const decisions: Record<string, string[]> = {};
      for (const [id, node] of Object.entries(s.nodes))
        if (node.type === 'decision') decisions[id] = node.choices.map((c) => c.id);
      return { id: s.id, nodes: Object.keys(s.nodes), decisions, cases: s.cases.map((c) => c.id) };
    });
  const lists = [
    ...questions.map((q) => q.options ?? q.items ?? q.pairs ?? []),
    ...questions.map((q) => q.choices ?? []),
    ...scenarios.flatMap((s) => Object.values(s.decisions)),
  ];
  if (lists.some((l) => l.length > MAX_LETTERS))
    throw new Error(`SCORM 1.2 responses allow at most ${MAX_LETTERS} options per question.`);
  const body = { lessons, questions, scenarios };
  return {
    id: COURSE_ID,
    title: COURSE_TITLE,
    ...body,
    fingerprint: shortHash(JSON.stringify(body)),
  };
}
