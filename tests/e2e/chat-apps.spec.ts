import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean } from './support/axe';
import { hydrated } from './support/site';
import { mine } from '../fixtures/progress';
import { buildBundle, bundleText } from '../../src/lib/progress/bundle';
import { asStored, seedStorage } from './support/storage';

/** The apps' user agents (sources in docs/chat-apps.md); the service worker stays blocked (config). */
const UA = {
  wechatIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.38(0x1800262c) NetType/WIFI Language/zh_CN',
  dingtalkAndroid:
    'Mozilla/5.0 (Linux; Android 12; M2102J20SG Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 AliApp(DingTalk/7.6.20) com.alibaba.android.rimet/37089290 Channel/227200 language/zh-CN',
  feishuAndroid:
    'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 Lark/7.30.6 LarkLocale/zh_CN ChannelName/Feishu TTWebView/1201130042813',
};
const TAMPERED =
  '文件内容和校验码对不上（导出后被改动或损坏了），没有导入。你现有的记录没有任何改动。';
/** Interface preferences, not progress: they need not travel with it. */
const PREFS = ['tmc:chat-hint', 'tmc:theme'];

async function open(browser: Browser, userAgent: string): Promise<BrowserContext> {
  return browser.newContext({
    userAgent,
    permissions: ['clipboard-read', 'clipboard-write'],
    serviceWorkers: 'block',
  });
}

const seedMine = (context: BrowserContext) => seedStorage(context, asStored(mine));

/** Everything the site keeps in this browser except interface preferences. */
const progressKeys = (page: Page) =>
  page.evaluate(
    (prefs) =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => !prefs.includes(k))
          .sort()
          .map((k) => [k, localStorage.getItem(k)]),
      ),
    PREFS,
  );

async function openProgress(page: Page): Promise<void> {
  await page.goto('/progress/');
  await hydrated(page, 'DataPanel');
}

async function axe(page: Page, selector: string, state: string): Promise<void> {
  await expectAxeClean(page, state, { include: selector });
}

test('WeChat on an iPhone: the hint shows once, says how to reach Safari, and stays dismissed', async ({
  browser,
}) => {
  const context = await open(browser, UA.wechatIos);
  const page = await context.newPage();
  await page.goto('/');
  const hint = page.getByRole('complementary', { name: '在微信里打开本站，先看这几句' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('点右上角「···」，选「在 Safari 中打开」');
  await expect(hint).toContainText('用不了的：离线学习');
  await expect(hint.getByRole('link', { name: '去复制进度文本' })).toHaveAttribute(
    'href',
    '/progress/#data-title',
  );
  await axe(page, '.chat-hint', 'chat-app hint');
  await hint.getByRole('button', { name: '知道了' }).click();
  await expect(hint).toHaveCount(0);
  await page.goto('/path/');
  // The island renders nothing once dismissed: wait for it to have hydrated, then look.
  await page.waitForFunction(
    () =>
      document.querySelector('astro-island[component-url*="/ChatAppHint."]:not([ssr])') !== null,
  );
  await expect(page.locator('.chat-hint')).toHaveCount(0);
  await context.close();
});

test('DingTalk on Android: progress copied as text and pasted in a fresh Feishu browser arrives exactly', async ({
  browser,
}) => {
  const from = await open(browser, UA.dingtalkAndroid);
  await seedMine(from);
  const a = await from.newPage();
  await openProgress(a);
  // In a chat app the text comes first, before the file export.
  await expect(a.locator('.data-in-app')).toBeVisible();
  const copy = a.getByRole('button', { name: '复制进度文本' });
  expect(
    await copy.evaluate(
      (el, file) => !!(el.compareDocumentPosition(file!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await a.getByRole('button', { name: '导出进度文件' }).elementHandle(),
    ),
  ).toBe(true);
  await copy.click();
  await expect(a.getByRole('status').filter({ hasText: '已复制进度文本' })).toBeVisible();
  const text = await a.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^TMCP1\.z\./);
  await expect(
    a.getByRole('img', { name: `进度文本的二维码，共 ${text.length} 个字符` }),
  ).toBeVisible();
  await axe(a, '.data-text', 'text copied, QR shown');
  const sent = await progressKeys(a);
  expect(Object.keys(sent)).toEqual(Object.keys(mine).sort());
  await from.close();

  const to = await open(browser, UA.feishuAndroid);
  const b = await to.newPage();
  await openProgress(b);
  // Feishu's page menu names its item 「浏览器打开」 (docs/chat-apps.md).
  await expect(b.locator('.chat-hint')).toContainText('点右上角「···」，选「浏览器打开」');
  await b.getByLabel('粘贴进度文本').fill(text);
  await b.getByRole('button', { name: '检查并导入' }).click();
  const summary = b.locator('.import-summary');
  await expect(summary.locator('li[data-kind="attempts"]')).toHaveText(
    '测验记录：这里 0，文件 1，合并后 1',
  );
  await summary.getByLabel(/替换/).check();
  await summary.getByRole('button', { name: '确认导入' }).click();
  await expect(b.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible();
  expect(await progressKeys(b)).toEqual(sent);
  await to.close();
});

test('a refused clipboard leaves a box to copy from, and an edited text gets the tampered-file message', async ({
  browser,
}) => {
  const context = await open(browser, UA.wechatIos);
  await seedMine(context);
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const page = await context.newPage();
  await openProgress(page);
  const before = await progressKeys(page);
  await page.getByRole('button', { name: '复制进度文本' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    '浏览器不让直接复制。请长按下面的文本框，全选后复制；复制成功后这里会提示。',
  );
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveCount(0);
  const box = page.getByLabel('进度文本（只读）');
  const text = await box.inputValue();
  expect(text).toMatch(/^TMCP1\./);
  await box.focus();
  await box.selectText();
  await page.evaluate(() => document.execCommand('copy'));
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveText(
    `已复制进度文本（${text.length} 个字符）。`,
  );

  // The same bundle edited after export: as a file and as a text, the same refusal.
  const file = bundleText(buildBundle(mine, '2026-11-27T08:00:00.000Z', 'any')).replace(
    '"percent": 50',
    '"percent": 100',
  );
  await page.getByLabel('导入进度文件').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByRole('alert')).toHaveText(TAMPERED);
  const at = text.length - 4;
  const edited = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  await page.getByLabel('粘贴进度文本').fill(edited);
  await page.getByRole('button', { name: '检查并导入' }).click();
  await expect(page.getByRole('alert')).toHaveText(TAMPERED);
  await expect(page.locator('.import-summary')).toHaveCount(0);
  expect(await progressKeys(page)).toEqual(before);
  await context.close();
});
