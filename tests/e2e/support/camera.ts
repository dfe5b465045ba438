import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base } from './test';
import { hydrated } from './site';
import { qrVideo } from './y4m';
import { fullChromium } from './browsers';

/**
 * A browser with Chromium's fake camera (issue 15, 扫码收卷). A spec sets, at its top level (each
 * setting launches its own browser):
 * - `cameraCodes`: the texts the camera sees, each as a QR code held for 10 frames at 10 fps (the
 *   video loops, as Chromium's fake capture does);
 * - `cameraPrompt`: `accept` (the trainer allows the camera) or `deny` (the trainer refuses it).
 *   Refusing needs a permission prompt, which only the full browser has (support/browsers.ts).
 */
export const test = base.extend<object, { cameraPrompt: 'accept' | 'deny'; cameraCodes: string[] }>(
  {
    cameraPrompt: ['accept', { scope: 'worker', option: true }],
    cameraCodes: [[], { scope: 'worker', option: true }],
    launchOptions: async ({ launchOptions, cameraPrompt, cameraCodes }, use, workerInfo) => {
      const camera = ['--use-fake-device-for-media-stream'];
      if (cameraPrompt === 'accept') camera.push('--use-fake-ui-for-media-stream');
      else camera.push('--deny-permission-prompts');
      const { executablePath, ...rest } = launchOptions;
      const browser =
        cameraPrompt === 'accept'
          ? { ...rest, ...(executablePath === undefined ? {} : { executablePath }) }
          : {
              ...rest,
              ...(fullChromium ? { executablePath: fullChromium } : { channel: 'chromium' }),
            };
      if (cameraCodes.length > 0) {
        const file = join(tmpdir(), `tmc-camera-${workerInfo.workerIndex}-${process.pid}.y4m`);
        writeFileSync(file, qrVideo(cameraCodes, { width: 320, height: 240, fps: 10, hold: 10 }));
        camera.push(`--use-file-for-fake-video-capture=${file}`);
      }
      await use({ ...browser, args: [...(launchOptions.args ?? []), ...camera] });
    },
  },
);

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
