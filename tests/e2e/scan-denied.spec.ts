import { decoderRequested, expect, openRoster, test } from './support/camera';
import { bank } from './support/quiz';
import { encodeResult, groupCode } from '../../src/lib/workshop/result-code';
import { t } from '../../src/i18n';

/** 扫码收卷 when the trainer refuses the browser's camera prompt (issue 15). */
test.use({ cameraPrompt: 'deny' });

test('camera permission denied: a clear message, and pasting still works', async ({ page }) => {
  const keys = [...bank('contract').keys()];
  const code = encodeResult(
    { item: 'test:contract', keys },
    { name: '王伟', percent: 100, results: keys.slice(0, 8).map((key) => ({ key, ok: true })) },
  );
  const requested = await openRoster(page, '第 5 课测验：合约中注意的问题');
  await page.getByRole('button', { name: '打开摄像头扫码' }).click();
  await expect(page.getByTestId('scan-status')).toHaveText(t('scan.denied'));
  await expect(page.getByRole('button', { name: '打开摄像头扫码' })).toBeVisible();
  expect(decoderRequested(requested), 'no decoder without a camera').toEqual([]);
  await page.getByLabel('结果码（每行一个，可直接粘贴多行）').fill(groupCode(code));
  await page.getByRole('button', { name: '加入成绩表' }).click();
  await expect(page.locator('.roster-messages')).toHaveText('已加入 1 个结果码。');
  await expect(page.locator('.roster-name')).toHaveText('王伟');
});
