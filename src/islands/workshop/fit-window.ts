import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { bestLayout, typeCeiling, typeFloor } from '../../lib/workshop/fit';

/**
 * Layouts a screen can take, the preferred first: one column with the options side by side, one
 * column with one option a row (a short option then keeps its votes on its own line), or the
 * story beside the options.
 */
const LAYOUTS = ['stack', 'rows', 'split'] as const;
type Layout = (typeof LAYOUTS)[number];

/** Whether `el`'s content fits its box (the projector's window) without scrolling either way. */
const fitsBox = (el: HTMLElement): boolean =>
  el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;

/**
 * Fits the projector screen in `ref` to the window: picks the layout and the largest type size
 * (never below the floor, see `typeFloor`) at which the whole screen shows without scrolling, on
 * every new screen (`key`), window resize and font load. Sets `data-layout`, `--aud-size`,
 * `data-fit` ("fits" or "overflows") and `data-fitted` (the key fitted, for tests to wait on).
 */
export function useFitToWindow(ref: RefObject<HTMLElement>, key: number): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const fit = () => {
      const votes = el.querySelector('.has-votes') !== null;
      const layouts: readonly Layout[] = votes ? LAYOUTS : ['stack'];
      const apply = (layout: Layout, size: number): boolean => {
        el.dataset['layout'] = layout;
        el.style.setProperty('--aud-size', `${size}px`);
        return fitsBox(el);
      };
      const height = window.innerHeight;
      const best = bestLayout(
        layouts,
        typeFloor(height),
        typeCeiling(el.clientWidth, height),
        apply,
      );
      apply(best.layout, best.size);
      el.dataset['fit'] = best.fits ? 'fits' : 'overflows';
      el.dataset['fitted'] = String(key);
    };
    fit();
    window.addEventListener('resize', fit);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) fit();
    });
    return () => {
      live = false;
      window.removeEventListener('resize', fit);
    };
  }, [key]);
}
