import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measureJs } from './support/budget';
import { lessonPaths } from './support/site';

/** Issue 2: a lesson page without interactive parts ships at most 15 KB gzip of JavaScript. */
const LESSON_JS_BUDGET = 15 * 1024;
/** HTML of a lesson page (gzip): long lessons must not bloat the document. */
const LESSON_HTML_BUDGET = 30 * 1024;

for (const path of lessonPaths()) {
  test(`lesson page ${path} stays within its byte budgets`, async ({ page }) => {
    const js = await measureJs(page, path);
    expect(js.gzip, `JS files: ${js.files.join(', ')}`).toBeLessThanOrEqual(LESSON_JS_BUDGET);
    const html = readFileSync(`dist${path}index.html`);
    expect(gzipSync(html).length).toBeLessThanOrEqual(LESSON_HTML_BUDGET);
  });
}
