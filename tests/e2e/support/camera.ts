import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test as base } from './test';
import { hydrated } from './site';
import { qrVideo } from './y4m';
import { definedOptions, fullChromium } from './browsers';

/**
 * A browser with Chromium's fake camera (issue 15, 扫码收卷). A spec sets, at its top level:
 * - `cameraCodes`: the texts the camera sees, each as a QR code held for 10 frames at 10 fps (the
 *   video loops, as Chromium's fake capture does);
 * - `cameraPrompt`: `accept` (the trainer allows the camera) or `deny` (the trainer refuses it).
 *   Refusing needs a permission prompt, which only the full browser has (support/browsers.ts).
 *
 * The camera browser is launched for the test, not for the worker: a worker with launch options of
 * its own was scheduled after every other test, so the thirty-second scan ran alone at the end of
 * the suite with the other core idle. Launched here, the spec takes its turn with the rest.
 */
export const test = base.extend<{
  cameraPrompt: 'accept' | 'deny';
  cameraCodes: string[];
  cameraBrowser: Browser;
}>({
  cameraPrompt: ['accept', { option: true }],
  cameraCodes: [[], { option: true }],
  cameraBrowser: async (
    { playwright, launchOptions, cameraPrompt, cameraCodes },
    use,
    testInfo,
  ) => {
    const camera = ['--use-fake-device-for-media-stream'];
    if (cameraPrompt === 'accept') camera.push('--use-fake-ui-for-media-stream');
    else camera.push('--deny-permission-prompts');
    if (cameraCodes.length > 0) {
      const file = join(tmpdir(), `tmc-camera-${testInfo.workerIndex}-${process.pid}.y4m`);
      writeFileSync(file, qrVideo(cameraCodes, { width: 320, height: 240, fps: 10, hold: 10 }));
      camera.push(`--use-file-for-fake-video-capture=${file}`);
    }
    const { executablePath, ...rest } = launchOptions;
    const which =
      cameraPrompt === 'accept'
        ? executablePath === undefined
          ? {}
          : { executablePath }
        : fullChromium
          ? { executablePath: fullChromium }
          : { channel: 'chromium' };
    const browser = await playwright.chromium.launch({
      ...rest,
      ...which,
      args: [...(launchOptions.args ?? []), ...camera],
    });
    await use(browser);
    await browser.close();
  },
  // The options the project gives every other test's context (playwright.config.ts).
  context: async (
    { cameraBrowser, baseURL, locale, userAgent, viewport, deviceScaleFactor, serviceWorkers },
    use,
  ) => {
    const context = await cameraBrowser.newContext({
      ...definedOptions({
        baseURL,
        locale,
        userAgent,
        viewport,
        deviceScaleFactor,
        serviceWorkers,
      }),
    });
    await use(context);
    await context.close();
  },
});

export { expect } from './test';

/** Opens the roster for `item` (its label); returns every URL the page requests from then on. */
export async function openRoster(page: Page, item: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/workshop/roster/');
  await hydrated(page, 'Roster');
  await page.getByLabel('本场内容').selectOption({ label: item });
  return requested;
}

/** The QR decoder's chunk (jsqr) among requested URLs. */
export const decoderRequested = (urls: readonly string[]): string[] =>
  urls.filter((u) => /\/jsQR\.[\w-]+\.js$/i.test(u));
