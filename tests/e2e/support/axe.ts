import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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

/** axe's violations on the page as it is now, one line per rule with the elements it found. */
export async function axeViolations(
  page: Page,
  { include, colourOnly = false }: { include?: string | undefined; colourOnly?: boolean } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
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
