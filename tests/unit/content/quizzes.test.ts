/**
 * The real question banks in content/quizzes/: valid, complete, and linked to the fixed section ids
 * of the seven lessons (the same ids the build checks against the lessons once they are in the course).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseQuizBank, type QuizBank } from '../../../src/schemas/quiz';
import { validateQuizLinks } from '../../../src/lib/quiz/links';

const SECTIONS: Record<string, string[]> = {
  'first-principles': [
    'overall-strength',
    'small-details',
    'counterparts',
    'no-fixed-script',
    'make-money',
    'success-conditions',
    'course-map',
  ],
  'client-selection': [
    'industries',
    'volume-tiers',
    'sweet-spot',
    'mega-accounts',
    'high-risk',
    'sourcing-channels',
  ],
  intelligence: [
    'client-health',
    'competitor-types',
    'image-matters',
    'big-rivals',
    'travel-process',
    'people-map',
  ],
  'meetings-proposal': [
    'client-wants',
    'first-meeting',
    'second-meeting',
    'third-meeting',
    'deal-size',
    'proposal',
  ],
  contract: ['service-standards', 'compensation', 'receivables'],
  'customer-care': ['solve-problems', 'follow-up-visits', 'keep-rivals-out', 'payment-speed'],
  'client-focus': ['source-gap', 'rebates', 'deck-signals'],
};
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
