import { axeViolations, expectAxeClean } from './support/axe';
import { expect, test } from './support/test';

/**
 * The suite's own accessibility instrument must find what it is there to find: axe-core run in the
 * page by support/axe.ts (every page's scan in pages.spec.ts and every journey's scoped scans).
 */
test('the axe scan reports violations, in scope only, in dark too, and refuses a page with frames', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expectAxeClean(page, 'home as built', { themes: ['light', 'dark'] });

  // Two faults inside a marked part, one outside it; styles set through the CSSOM (the CSP refuses
  // style attributes in markup, rightly).
  await page.evaluate(() => {
    const part = document.createElement('section');
    part.id = 'faulty';
    part.append(document.createElement('button'));
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    part.append(img);
    document.querySelector('main')!.append(part);
    const pale = document.createElement('p');
    pale.id = 'pale';
    pale.textContent = '浅色背景上的浅灰字';
    pale.style.color = '#f4f4f4';
    pale.style.background = '#ffffff';
    document.querySelector('main')!.prepend(pale);
  });
  const whole = await axeViolations(page);
  expect(whole.map((line) => line.split(':')[0]).sort()).toEqual([
    'button-name',
    'color-contrast',
    'image-alt',
  ]);
  expect(whole.find((line) => line.startsWith('color-contrast'))).toContain('#pale');
  const scoped = await axeViolations(page, { include: '#faulty' });
  expect(scoped.map((line) => line.split(':')[0]).sort()).toEqual(['button-name', 'image-alt']);
  expect(await axeViolations(page, { include: '#nothing-here' })).toEqual([
    'scope: nothing matches #nothing-here',
  ]);

  // The dark scan runs the colour rules only: structure faults are light's to find.
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, { colourOnly: true });
  expect(dark.map((line) => line.split(':')[0])).toEqual(['color-contrast']);

  // A page that gained a frame is refused, not scanned half-way.
  await page.evaluate(() => document.body.append(document.createElement('iframe')));
  await expect(axeViolations(page)).rejects.toThrow('a page with frames needs a per-frame scan');
});
