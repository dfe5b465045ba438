import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from './test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what every scan checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. The dark theme swaps colour custom properties only
 * (src/styles/global.css: nothing else changes under `prefers-color-scheme: dark`), so a scan in
 * dark runs these; structure, names, roles and labels are the same as in light, where every rule runs.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export type Theme = 'light' | 'dark';

export interface ScanOptions {
  /** Scan only this part (a state that changed one island); the whole page otherwise. */
  include?: string;
  /** The themes to scan in (the page is left in the last one). Default: light only. */
  themes?: readonly Theme[];
}

/**
 * axe-core itself, put into the page once per document and run there (a spec that scans every
 * document may load it with `context.addInitScript({ path: AXE_PATH })` instead: pages.spec). `@axe-core/playwright`
 * opens a second page for every scan to merge per-frame results (about two seconds a scan on two
 * cores, most of the suite's axe time); our pages have no frames, so nothing needs merging —
 * `axeViolations` checks that, and would fail on a page that gained one rather than skip it.
 */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

/** axe's violations on the page as it is now, one line per rule with the elements it found. */
export async function axeViolations(
  page: Page,
  { include, colourOnly = false }: { include?: string | undefined; colourOnly?: boolean } = {},
): Promise<string[]> {
  expect(
    page.frames().map((frame) => frame.url()),
    'a page with frames needs a per-frame scan',
  ).toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: colourOnly
      ? { type: 'rule', values: COLOUR_RULES }
      : { type: 'tag', values: WCAG_TAGS },
    // Passes and incomplete results are not reported: building them is most of a run's time.
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    async ({ selector, runOptions }) => {
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }
      ).axe;
      if (selector !== undefined && document.querySelector(selector) === null)
        return [`scope: nothing matches ${selector}`];
      const results = await axe.run(
        selector === undefined ? document : { include: [selector] },
        runOptions,
      );
      return results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    },
    { selector: include, runOptions: options },
  );
  return violations;
}

/**
 * Fails with every violation found, named by `state`, in each theme asked for. The theme follows
 * `prefers-color-scheme` live, so one load is scanned in both.
 */
export async function expectAxeClean(
  page: Page,
  state: string,
  { include, themes = ['light'] }: ScanOptions = {},
): Promise<void> {
  const found: Record<string, string[]> = {};
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    const violations = await axeViolations(page, { include, colourOnly: theme === 'dark' });
    if (violations.length) found[`${state} (${theme})`] = violations;
  }
  expect(found, 'axe violations').toEqual({});
}
