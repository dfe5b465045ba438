/**
 * The projector shows everything at once (issue 15): every screen the audience window can show —
 * every reachable step of every scenario and case with the room's votes revealed (once per option
 * the room can follow, so every feedback shows) and as asked with the countdown running, every
 * ending, every question of every bank revealed, each ordering and matching question also as asked
 * (its shuffled lists), the end of a bank, the idle and the hidden screen — fits 1280×720,
 * 1920×1080 and 1024×768 without scrolling, with every option and its bar in the window and no
 * text below the type floor.
 *
 * Cheap by design: one page per window size; the screens are built in Node the way the console
 * builds them (`audience-views.ts`) and put up by posting the live message on the console's
 * BroadcastChannel from inside the page, then checked where they render (`data-fitted` tells when
 * the island has fitted a screen).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean } from './support/axe';
import { hydrated } from './support/site';
import { allAudienceViews, type NamedView } from './support/audience-views';
import { typeFloor } from '../../src/lib/workshop/fit';
import { LIVE_CHANNEL } from '../../src/stores/workshop-audience';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

let views: NamedView[] | undefined;
/** Built once per worker and shared by the three sizes. */
const everyView = (): NamedView[] =>
  (views ??= [
    ...allAudienceViews(),
    { name: 'hidden', view: { kind: 'hidden' } },
    { name: 'idle', view: { kind: 'idle' } },
  ]);

interface Walk {
  problems: string[];
  /** The tallest screen's content height and its name. */
  tallest: { height: number; name: string };
  /** The smallest type size any screen was given. */
  smallest: number;
  /** The screens that needed the tight spacing to fit. */
  tight: string[];
}

/**
 * Runs in the page: shows each view in turn and checks it. Posting on a second channel object of
 * the same name reaches the island's channel, as a console window's post would.
 */
async function walk(page: Page, list: NamedView[], firstSeq: number, floor: number): Promise<Walk> {
  return page.evaluate(
    async ({ list, firstSeq, floor, channelName }) => {
      const channel = new BroadcastChannel(channelName);
      const screen = document.querySelector<HTMLElement>('.audience')!;
      // Laid out but not painted while walking: `visibility: hidden` changes no box and no type
      // size, and painting a few hundred full screens was half the walk's time. Shown again after.
      screen.style.visibility = 'hidden';
      const fitted = (seq: number) =>
        new Promise<void>((resolve) => {
          if (screen.dataset['fitted'] === String(seq)) return resolve();
          const observer = new MutationObserver(() => {
            if (screen.dataset['fitted'] !== String(seq)) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(screen, { attributes: true, attributeFilter: ['data-fitted'] });
        });
      const out: Walk = {
        problems: [],
        tallest: { height: 0, name: '' },
        smallest: Infinity,
        tight: [],
      };
      const W = window.innerWidth;
      const H = window.innerHeight;
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= H + 0.5 && r.right <= W + 0.5;
      };
      let seq = firstSeq;
      for (const { name, view } of list) {
        seq += 1;
        const shown = fitted(seq);
        channel.postMessage(JSON.stringify({ v: 1, seq, view }));
        await shown;
        const problem = (what: string) => out.problems.push(`${name}: ${what}`);
        const doc = document.documentElement;
        if (doc.scrollHeight > H) problem(`page ${doc.scrollHeight} px tall in ${H}`);
        if (doc.scrollWidth > W) problem(`page ${doc.scrollWidth} px wide in ${W}`);
        if (screen.dataset['fit'] !== 'fits') problem('the island found no size that fits');
        if (screen.dataset['density'] === 'tight') out.tight.push(name);
        const options = [...screen.querySelectorAll('.aud-options li')];
        if ('options' in view && options.length !== view.options.length)
          problem(`${options.length} options shown of ${view.options.length}`);
        for (const [i, li] of options.entries()) {
          if (!inside(li)) problem(`option ${i + 1} leaves the window`);
          const bar = li.querySelector('.aud-track');
          if (view.kind === 'step' && view.revealed && view.options[i]?.count !== undefined) {
            if (bar === null) problem(`option ${i + 1} has no bar`);
            else if (!inside(bar)) problem(`the bar of option ${i + 1} leaves the window`);
          }
        }
        if (view.kind === 'step' && view.options.some((o) => o.expert === true)) {
          const mark = screen.querySelector('.is-expert .aud-mark');
          if (mark === null || !inside(mark)) problem('the expert mark is not in the window');
        }
        // Every piece of visible text: inside the window and at least the floor.
        for (const el of screen.querySelectorAll<HTMLElement>('*')) {
          if (el.closest('.visually-hidden') !== null) continue;
          const text = [...el.childNodes].some(
            (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
          );
          if (!text) continue;
          const size = Number.parseFloat(getComputedStyle(el).fontSize);
          out.smallest = Math.min(out.smallest, size);
          if (size < floor - 0.01) problem(`${el.className || el.tagName} at ${size} px`);
          if (!inside(el)) problem(`“${(el.textContent ?? '').slice(0, 12)}…” leaves the window`);
        }
        const content = screen.firstElementChild as HTMLElement | null;
        const height = content === null ? 0 : content.scrollHeight;
        if (height > out.tallest.height) out.tallest = { height, name };
      }
      channel.close();
      screen.style.visibility = '';
      return out;
    },
    { list, firstSeq, floor, channelName: LIVE_CHANNEL },
  );
}

/** The revealed decision with the most text: the state axe scans at each size. */
function busiestDecision(list: NamedView[]): NamedView {
  const decisions = list.filter((v) => v.view.kind === 'step' && v.view.feedback !== undefined);
  return decisions.reduce((a, b) =>
    JSON.stringify(b.view).length > JSON.stringify(a.view).length ? b : a,
  );
}

// About 250 screens a size, each laid out a few times by the island's fit: seconds on a quiet
// machine, minutes on a loaded one. A timeout is not an assertion.
test.setTimeout(240_000);
for (const [i, size] of SIZES.entries()) {
  test(`every audience screen fits ${size.width}×${size.height} without scrolling, type at least the floor`, async ({
    page,
  }) => {
    const list = everyView();
    expect(list.length, 'screens built from the content').toBeGreaterThan(200);
    await page.setViewportSize(size);
    await page.goto('/workshop/audience/');
    await hydrated(page, 'Audience');
    const floor = typeFloor(size.height);
    // Sequence numbers above any the page has seen; each size starts its own range.
    const result = await walk(page, list, 1_000_000 * (i + 1), floor);
    test.info().annotations.push({
      type: 'projector-fit',
      description: `${list.length} screens; tallest content ${result.tallest.height} px (${result.tallest.name}) in ${size.height}; smallest type ${result.smallest} px, floor ${floor} px; tight spacing on ${result.tight.length} (${result.tight.join(', ')})`,
    });
    expect(result.problems).toEqual([]);

    // One revealed state per size, scoped to the screen, in light and dark.
    const busiest = busiestDecision(list);
    await walk(page, [busiest], 1_000_000 * (i + 1) + list.length + 1, floor);
    await expectAxeClean(page, `${busiest.name} at ${size.width}×${size.height}`, {
      include: '.audience',
      themes: ['light', 'dark'],
    });
  });
}
