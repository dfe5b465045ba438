import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests launch (playwright.config.ts and support/camera.ts).
 *
 * Every test runs headless, so the suite uses Chromium's headless shell (Debian package
 * `chromium-headless-shell`, the build Playwright itself uses for headless runs): the full browser
 * in its new headless mode does a whole browser's work per page and took the suite about 35 % longer
 * on two cores (pages.spec on 22 pages: 76–86 s against 48–56 s).
 *
 * The full browser is kept for what the shell cannot do: it has no permission prompt, so a camera
 * refused by the trainer (`NotAllowedError`) cannot be played in it (`getUserMedia` answers
 * `NotSupportedError` whatever the permission says). scan-denied.spec runs in the full browser.
 *
 * `CHROMIUM_PATH` overrides the shell; with neither installed, Playwright's own browser is used.
 */
const firstExisting = (...paths: (string | undefined)[]): string | undefined =>
  paths.find((path): path is string => path !== undefined && path !== '' && existsSync(path));

/** The headless shell (or `CHROMIUM_PATH`); undefined: Playwright's own. */
export const headlessChromium = firstExisting(
  process.env['CHROMIUM_PATH'],
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
);

/** The full browser, for permission prompts; undefined: Playwright's own (`channel: 'chromium'`). */
export const fullChromium = firstExisting(
  process.env['CHROMIUM_FULL_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
);

/**
 * The options that are set, without those that are not: for contexts a test makes itself with the
 * project's options (strict optional types refuse a property that is present but `undefined`).
 */
export function definedOptions<T extends object>(
  options: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
