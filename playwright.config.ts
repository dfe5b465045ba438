import { defineConfig, devices } from '@playwright/test';
import { headlessChromium as executablePath } from './tests/e2e/support/browsers';

/**
 * Browser tests run against the built site (`astro preview`), in Debian's Chromium headless shell
 * when it is installed (or CHROMIUM_PATH points at a Chromium) and otherwise Playwright's own
 * browser: tests/e2e/support/browsers.ts says why, and which test needs the full browser.
 */
const port = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two workers suit the two-core CI machine; the per-page specs run in parallel mode.
  workers: Number(process.env['PW_WORKERS'] ?? 2),
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  // Journeys through whole scenarios and banks with axe scans in several states take 30–40 s with two
  // workers on two cores; a timeout is not an assertion, so give them room.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // A trace records every action's DOM: costly on long pages. CI retries a failed test once, with a trace.
    trace: 'on-first-retry',
    // Blocked by default: a registered worker precaches the whole site in every new context, which
    // costs every test. offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
