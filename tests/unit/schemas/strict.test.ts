/**
 * Authored content rejects keys its schema does not know (issue 13): a misspelled optional field
 * used to be dropped without a word. Every real content file still parses, and a misspelling in a
 * quiz bank, a lesson's frontmatter or a playbook card fails with a message naming the key (the
 * quiz message also names the file; for lessons and cards Astro's build error names the file, as
 * `tests/unit/content/build-errors.test.ts` shows for lesson frontmatter).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LessonSchema } from '../../../src/schemas/lesson';
import { CardSchema } from '../../../src/schemas/playbook';
import { parseQuizBank } from '../../../src/schemas/quiz';
import { ScenarioSchema } from '../../../src/schemas/scenario';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
const frontmatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);
const UNKNOWN = (key: string) =>
  `不认识的字段 "${key}"：请检查拼写（拼错的可选字段会被当作没写），或删掉它。`;

describe('every content file parses with the strict schemas', () => {
  test.each(yamlFiles('content/quizzes'))('%s', (file) => {
    expect(parseQuizBank(file, parse(readFileSync(file, 'utf8'))).issues).toEqual([]);
  });
  test.each(yamlFiles('content/playbook'))('%s', (file) => {
    expect(messages(CardSchema.safeParse(parse(readFileSync(file, 'utf8'))))).toEqual([]);
  });
  test.each(yamlFiles('content/scenarios'))('%s', (file) => {
    expect(messages(ScenarioSchema.safeParse(parse(readFileSync(file, 'utf8'))))).toEqual([]);
  });
  test.each(
    readdirSync('content/lessons')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join('content/lessons', f)),
  )('%s', (file) => {
    // The loader adds the entry id from the file name; frontmatter carries the rest.
    const data = { id: file.replace(/^.*\/|\.mdx$/g, ''), ...(frontmatter(file) as object) };
    expect(messages(LessonSchema.safeParse(data))).toEqual([]);
  });
});

describe('a misspelled optional key fails, naming the key', () => {
  test('in a quiz question: the message names the file, the question and the key', () => {
    const file = 'content/quizzes/contract.yaml';
    const bank = parse(readFileSync(file, 'utf8')) as { questions: Record<string, unknown>[] };
    const first = bank.questions[0]!;
    first['explaination'] = first['explanation'];
    expect(parseQuizBank(file, bank).issues).toEqual([
      { where: file, message: `题目 "${String(first['id'])}"：${UNKNOWN('explaination')}` },
    ]);
  });

  test('in a quiz option', () => {
    const file = 'content/quizzes/contract.yaml';
    const bank = parse(readFileSync(file, 'utf8')) as { questions: Record<string, unknown>[] };
    const q = bank.questions.find((x) => Array.isArray(x['options']))!;
    (q['options'] as Record<string, unknown>[])[0]!['corect'] = true;
    const issues = parseQuizBank(file, bank).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toBe(file);
    expect(issues[0]!.message).toContain(UNKNOWN('corect'));
    expect(issues[0]!.message).toContain(`题目 "${String(q['id'])}" 的 options.0`);
  });

  test('in lesson frontmatter', () => {
    const file = 'content/lessons/contract.mdx';
    const data = { id: 'contract', ...(frontmatter(file) as object), sorces: [] };
    const result = LessonSchema.safeParse(data);
    expect(messages(result)).toEqual([UNKNOWN('sorces')]);
  });

  test('in a playbook card and in one of its blocks', () => {
    const file = 'content/playbook/contract.yaml';
    const card = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(messages(CardSchema.safeParse({ ...card, sumary: 'x' }))).toEqual([UNKNOWN('sumary')]);
    const blocks = card['blocks'] as Record<string, unknown>[];
    blocks[0] = { ...blocks[0], notee: { type: 'tip', text: 'x' } };
    const result = CardSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['blocks.0', UNKNOWN('notee')],
    ]);
  });
});
