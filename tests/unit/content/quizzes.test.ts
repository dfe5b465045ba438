/**
 * The real question banks in content/quizzes/: valid, complete, linked to the sections of the seven
 * lessons, and covering every content section of each lesson.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseQuizBank, type QuizBank } from '../../../src/schemas/quiz';
import { validateQuizLinks } from '../../../src/lib/quiz/links';

import { courseOutline } from './load';

/** Each lesson's content sections, read from the real lesson MDX (ending sections aside). */
const SECTIONS: Record<string, string[]> = Object.fromEntries(
  courseOutline().map((lesson) => [
    lesson.id,
    lesson.sections.map((s) => s.id).filter((id) => id !== 'mistakes' && id !== 'briefing'),
  ]),
);
const dir = 'content/quizzes';
const banks = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const file = `${dir}/${name}`;
    const { bank, issues } = parseQuizBank(file, parse(readFileSync(file, 'utf8')));
    return { file, bank, issues };
  });

describe('question banks', () => {
  test('every bank parses without author errors', () => {
    expect(banks.flatMap((b) => b.issues)).toEqual([]);
  });
  const ok = banks.map((b) => ({ file: b.file, bank: b.bank as QuizBank }));
  test('there is one bank per lesson', () => {
    expect(ok.map((b) => b.bank.lesson).sort()).toEqual(Object.keys(SECTIONS).sort());
  });
  test('every question links to a section of its lesson', () => {
    const lessons = Object.entries(SECTIONS).map(([id, ids]) => ({
      id,
      sections: [...ids, 'mistakes', 'briefing'].map((s) => ({ id: s })),
    }));
    expect(validateQuizLinks(ok, lessons)).toEqual([]);
  });
  test.each(Object.keys(SECTIONS))(
    '%s has at least 12 questions, four kinds or more, and covers every content section',
    (lesson) => {
      const bank = ok.find((b) => b.bank.lesson === lesson)?.bank;
      expect(bank).toBeDefined();
      const questions = bank?.questions ?? [];
      expect(questions.length).toBeGreaterThanOrEqual(12);
      expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
      const covered = new Set(questions.map((q) => q.section));
      expect(SECTIONS[lesson]?.filter((s) => !covered.has(s))).toEqual([]);
    },
  );
});
