import { expect, type Page } from '@playwright/test';
import { hydrated } from './site';

/** The whole player's text: it changes with every step taken (a new node, or new feedback). */
const playerText = (page: Pick<Page, 'locator'>) => page.locator('.scenario-player').innerText();

/**
 * Clicks the first choice (or 继续) until an ending shows. After each click it waits for the player to
 * re-render — the store update reaches the island on a later task, so deciding the next click from
 * a DOM that has not caught up yet would click a stale button.
 */
export async function clickToEnding(
  page: Pick<Page, 'locator' | 'getByRole'>,
  maxSteps = 80,
): Promise<void> {
  for (let i = 0; i < maxSteps; i += 1) {
    if ((await page.locator('.scenario-ending').count()) > 0) return;
    const before = await playerText(page);
    const choice = page.locator('button.choice').first();
    await (
      (await choice.count()) > 0 ? choice : page.getByRole('button', { name: '继续' })
    ).click();
    await expect.poll(() => playerText(page)).not.toBe(before);
  }
  throw new Error(`no ending within ${maxSteps} steps`);
}

/** Opens a scenario's player, starts a run and takes the first choice each time until its ending. */
export async function finishScenario(page: Page, id: string): Promise<void> {
  await page.goto(`/scenarios/${id}/`);
  await hydrated(page, 'ScenarioPlayer');
  await page.getByRole('button', { name: '开始模拟' }).click();
  await clickToEnding(page);
  await expect(page.locator('.scenario-ending')).toBeVisible();
}
