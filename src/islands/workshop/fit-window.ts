import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { bestInTiers, typeCeiling, typeFloor } from '../../lib/workshop/fit';

/**
 * Layouts a screen can take: one column with the options side by side (`stack`), one column with
 * one option a row and its votes under it (`rows`) or beside it (`table`), or the story beside the
 * options (`split`).
 */
type Layout = 'stack' | 'rows' | 'table' | 'split';
/**
 * The spacing tiers, each with its layouts, the preferred first: the usual spacing, then a tight
 * one (less leading and padding, short lists in columns) for the few screens with too much text to
 * fit at the floor otherwise. A screen without votes has the one layout.
 */
const TIERS: readonly (readonly Layout[])[] = [
  ['stack', 'rows', 'split'],
  ['stack', 'table', 'split'],
];
const DENSITY = ['normal', 'tight'] as const;

/** How much of its box `el`'s content takes, the larger of height and width (at most 1: no scrolling). */
const fillOf = (el: Element): number =>
  Math.max(ratio(el.scrollHeight, el.clientHeight), ratio(el.scrollWidth, el.clientWidth));
/** `content / box`, where content in a box of nothing overflows and nothing in it fits. */
const ratio = (content: number, box: number): number =>
  box > 0 ? content / box : content > 0 ? Infinity : 0;
/**
 * How much of the projector's window the screen takes: the page does not scroll and the screen's
 * content stays inside its own box, so it keeps clear of the window's margin (text that runs into
 * the padding would not make the window scroll, but would touch the edge of the wall).
 */
const fillBox = (el: HTMLElement): number =>
  Math.max(fillOf(el), el.firstElementChild === null ? 0 : fillOf(el.firstElementChild));

/**
 * Fits the projector screen in `ref` to the window: picks the layout and the largest type size
 * (never below the floor, see `typeFloor`) at which the whole screen shows without scrolling, on
 * every new screen (`key`), window resize and font load (a font that finishes loading). Sets `data-layout`, `data-density`, `--aud-size`,
 * `data-fit` ("fits" or "overflows") and `data-fitted` (the key fitted, for tests to wait on).
 */
export function useFitToWindow(ref: RefObject<HTMLElement>, key: number): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const fit = () => {
      const votes = el.querySelector('.has-votes') !== null;
      const tiers = votes ? TIERS : TIERS.map((): readonly Layout[] => ['stack']);
      const apply = (layout: Layout, size: number, tier: number): number => {
        el.dataset['layout'] = layout;
        el.dataset['density'] = DENSITY[tier] ?? 'tight';
        el.style.setProperty('--aud-size', `${size}px`);
        return fillBox(el);
      };
      const height = window.innerHeight;
      const best = bestInTiers(
        tiers,
        typeFloor(height),
        typeCeiling(el.clientWidth, height),
        apply,
      );
      apply(best.layout, best.size, best.tier);
      el.dataset['fit'] = best.fits ? 'fits' : 'overflows';
      el.dataset['fitted'] = String(key);
    };
    fit();
    // A font that finishes loading changes the text's size; once fonts are loaded (the usual
    // case: the projector uses the system's fonts) there is nothing to wait for, and fitting
    // again would lay the screen out a second time for nothing.
    window.addEventListener('resize', fit);
    document.fonts?.addEventListener('loadingdone', fit);
    return () => {
      window.removeEventListener('resize', fit);
      document.fonts?.removeEventListener('loadingdone', fit);
    };
  }, [key]);
}
