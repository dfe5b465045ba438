import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { hydrated } from './support/site';
import { finishScenario } from './support/scenario';
import { asStored, seedStorage } from './support/storage';
import { mine } from '../fixtures/progress';
import { buildBundle, bundleText } from '../../src/lib/progress/bundle';
import { t } from '../../src/i18n';

/**
 * Code that loads on demand (the progress reader/writer, the text encoder, the result-code maker,
 * the QR encoder) may not arrive: offline before it was ever cached, or the site updated since the
 * page was opened. Every press that needs it must end in a message, and change nothing.
 */
const PART_FAILED = t('common.partFailed');

/** Makes the chunks whose file names start with these names fail to load, as a lost network would. */
async function unavailable(page: Page, ...names: string[]): Promise<void> {
  for (const name of names) await page.route(`**/_astro/${name}.*.js`, (route) => route.abort());
}

const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('tmc:') && k !== 'tmc:theme')
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test('progress page: when the reader/writer cannot load, export, import, text and reset each say so and change nothing', async ({
  page,
}) => {
  await seedStorage(page, asStored(mine));
  await unavailable(page, 'progress-io', 'progress-text');
  await page.goto('/progress/');
  await hydrated(page, 'DataPanel');
  const before = await stored(page);
  const alert = page.locator('.data-error');
  const status = page.locator('.data-status');

  await page.getByRole('button', { name: '导出进度文件' }).click();
  await expect(alert).toHaveText(PART_FAILED);
  await expect(status).toHaveText('');

  await page.getByLabel('导入进度文件').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bundleText(buildBundle(mine, '2026-11-27T08:00:00.000Z', 'any'))),
  });
  await expect(alert).toHaveText(PART_FAILED);
  // The "checking…" line gives way to the message: nothing is left waiting.
  await expect(status).toHaveText('');

  await page.getByRole('button', { name: '复制进度文本' }).click();
  await expect(alert).toHaveText(PART_FAILED);
  await page.getByLabel('粘贴进度文本').fill('TMCP1.j.1.0.e30');
  await page.getByRole('button', { name: '检查并导入' }).click();
  await expect(alert).toHaveText(PART_FAILED);
  await expect(status).toHaveText('');

  await page.getByRole('button', { name: '清除全部进度…' }).click();
  await page.getByRole('button', { name: '确认清除全部进度' }).click();
  await expect(alert).toHaveText(PART_FAILED);
  await expect(status).not.toContainText('已清除');
  expect(await stored(page)).toEqual(before);
});

test('result code: a refused clipboard and an encoder that cannot load each say what to do', async ({
  page,
}) => {
  await finishScenario(page, 'client-selection');

  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await unavailable(page, 'qr');
  await page.goto('/scenarios/client-selection/debrief/');
  await hydrated(page, 'ResultCode');
  await page.getByLabel('名字或昵称').fill('赵六');
  await page.getByRole('button', { name: '生成结果码' }).click();
  const code = page.getByTestId('result-code');
  await expect(code).toHaveText(/^[0-9A-Z-]+$/);
  const section = page.locator('.result-code');

  await page.getByRole('button', { name: '复制结果码' }).click();
  await expect(section.getByRole('status')).toContainText(t('code.copyFailed'));
  await expect(section.getByText(t('code.copied'))).toHaveCount(0);
  await expect(code).toBeVisible();

  await page.getByRole('button', { name: '显示二维码' }).click();
  await expect(section.getByRole('status')).toContainText(PART_FAILED);
  await expect(section.getByRole('img')).toHaveCount(0);

  // The maker itself unavailable (a fresh page: the chunk is not in memory yet).
  await unavailable(page, 'result-code');
  await page.reload();
  await hydrated(page, 'ResultCode');
  await page.getByLabel('名字或昵称').fill('赵六');
  await page.getByRole('button', { name: '生成结果码' }).click();
  await expect(section.getByRole('status')).toContainText(PART_FAILED);
  await expect(code).toHaveCount(0);
});
