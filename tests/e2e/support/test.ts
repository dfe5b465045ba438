import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/**
 * The `test` every browser spec uses. It adds checks that hold in every journey, so no spec can
 * forget them:
 * - no Content-Security-Policy violation in any page of the test's browser context (popups such
 *   as the audience window included): Chromium reports each refused script, style or connection
 *   on the console, and a test that saw one fails at teardown with the messages.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const listen = (message: ConsoleMessage) => {
        const text = message.text();
        if (/Content Security Policy/i.test(text)) violations.push(text);
      };
      context.on('console', listen);
      await use();
      // A context may outlive the test (pages.spec shares one per worker).
      context.off('console', listen);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
