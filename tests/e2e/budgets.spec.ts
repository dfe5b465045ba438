import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measureJs } from './support/budget';
import { lessonPaths } from './support/site';

/** Issue 2: a lesson page without interactive parts ships at most 15 KB gzip of JavaScript. */
const LESSON_JS_BUDGET = 15 * 1024;
/** Issue 3: a lesson page with a quiz (self-check island) ships at most 25 KB gzip of JavaScript. */
const QUIZ_LESSON_JS_BUDGET = 25 * 1024;
/** HTML of a lesson page (gzip): long lessons must not bloat the document. */
const LESSON_HTML_BUDGET = 30 * 1024;

/** Every quiz page, measured the same way (reported, and kept under the quiz budget too). */
for (const path of ['/lessons/contract/test/', '/practice/exam/', '/practice/mistakes/', '/practice/']) {
  test(`quiz page ${path} ships at most 25 KB gzip of JavaScript`, async ({ page }) => {
    const js = await measureJs(page, path);
    test.info().annotations.push({ type: 'js-gzip', description: `${path}: ${js.gzip} bytes` });
    expect(js.gzip, `JS files: ${js.files.join(', ')}`).toBeLessThanOrEqual(QUIZ_LESSON_JS_BUDGET);
  });
}

for (const path of lessonPaths()) {
  test(`lesson page ${path} stays within its byte budgets`, async ({ page }) => {
    const html = readFileSync(`dist${path}index.html`);
    const hasQuiz = html.includes('class="quiz-embed"');
    const js = await measureJs(page, path, async (p) => {
      for (const island of await p.locator('astro-island[component-url*="/SelfCheck."]').all()) {
        await island.scrollIntoViewIfNeeded();
        await expect(island).not.toHaveAttribute('ssr');
      }
    });
    test.info().annotations.push({ type: 'js-gzip', description: `${path}: ${js.gzip} bytes${hasQuiz ? ' (with quiz)' : ''}` });
    if (hasQuiz) expect(js.files.some((file) => file.includes('/SelfCheck.')), 'the self-check island is loaded and counted').toBe(true);
    expect(js.gzip, `JS files: ${js.files.join(', ')}`).toBeLessThanOrEqual(hasQuiz ? QUIZ_LESSON_JS_BUDGET : LESSON_JS_BUDGET);
    expect(gzipSync(html).length).toBeLessThanOrEqual(LESSON_HTML_BUDGET);
  });
}
