import type { BrowserContext, Page } from '@playwright/test';

/**
 * Puts these raw records into localStorage before a tab's first page runs a script, once per tab:
 * a reload or the next page in that tab sees what the site wrote since, not the seed again.
 */
export async function seedStorage(
  target: Page | BrowserContext,
  records: Record<string, string>,
): Promise<void> {
  const script = (entries: [string, string][]) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of entries) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  };
  await target.addInitScript(script, Object.entries(records));
}

/** Store values as the stores write them (JSON), for `seedStorage`. */
export const asStored = (values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)]));
