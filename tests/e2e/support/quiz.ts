import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import type { QuizBankInput } from '../../../src/schemas/quiz';
import { expect } from './test';

type Q = QuizBankInput['questions'][number];

/** The questions of a bank, read from content/quizzes (the answer key for tests). */
export function bank(lesson: string): Map<string, Q> {
  const data = parse(readFileSync(`content/quizzes/${lesson}.yaml`, 'utf8')) as QuizBankInput;
  return new Map(data.questions.map((q) => [q.id, q]));
}

/** A page or a frame inside one (the LMS spec plays the site two frames deep). */
export type Scope = Pick<Page, 'locator' | 'getByRole'>;

/** Ids of the questions shown on the page, in order. */
export async function shownIds(page: Scope): Promise<string[]> {
  await expect(page.locator('.q[data-question]').first()).toBeVisible();
  return page
    .locator('.q[data-question]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question') ?? ''));
}

/** Answers one shown question with the mouse, right or wrong on purpose. */
export async function answer(page: Scope, prefix: string, q: Q, right: boolean): Promise<void> {
  const name = `${prefix}-${q.id}`;
  const scope = page.locator(`[id="${name}"]`);
  switch (q.type) {
    case 'single':
    case 'case':
    case 'multiple': {
      const picks = q.options.filter((o) => (o.correct ?? false) === right);
      for (const o of q.type === 'multiple' || !right
        ? picks.slice(0, q.type === 'multiple' ? undefined : 1)
        : picks) {
        await scope.locator(`input[value="${o.id}"]`).check();
      }
      break;
    }
    case 'truefalse':
      await scope.locator(`input[value="${String(right ? q.answer : !q.answer)}"]`).check();
      break;
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      const order = right ? ids : [...ids].reverse();
      for (const [i, id] of order.entries())
        await scope.locator(`select#${name}-${i}`).selectOption(id);
      break;
    }
    case 'matching':
      for (const [i, pair] of q.pairs.entries()) {
        const wrong = q.choices.find((c) => c.id !== pair.match)?.id ?? pair.match;
        await scope.locator(`select#${name}-${i}`).selectOption(right ? pair.match : wrong);
      }
      break;
  }
}
