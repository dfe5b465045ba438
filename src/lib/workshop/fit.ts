/**
 * Type sizes for the projector: the audience screen never scrolls, so the island measures whether a
 * screen fits its window at a given type size and these pure functions choose the size. The island
 * owns the measuring (DOM); the choice (bounds, search, which layout wins) lives here.
 */

/**
 * The smallest type the projector may use, in CSS pixels, for a window `height` pixels tall.
 *
 * Why: text can be read from about 150 times its height (AVIXA's “150 rule”:
 * https://www.installation-international.com/business/size-everything-four-things-consider-choosing-display).
 * Text of 1/32 of the image height is then readable from 150 / 32 ≈ 4.7 image heights: on a 1.5 m
 * tall image, from about 7 m; a deeper room needs a taller image (screens are sized by the back
 * row's distance anyway, e.g. the 4/6/8 rule). The floor scales with the window's height (720 px:
 * 22.5 px, 768 px: 24 px, 1080 px: 33.75 px), so the letters are the same size on the wall whatever
 * the laptop's resolution; 20 px is the least in any window (below 640 px tall).
 */
export function typeFloor(height: number): number {
  return Math.max(MIN_FLOOR_PX, height / FLOOR_FRACTION);
}

/** The floor of any window (see `typeFloor`). */
export const MIN_FLOOR_PX = 20;
/** The floor as a fraction of the window's height: 1/32. */
export const FLOOR_FRACTION = 32;

/**
 * The largest type the projector uses: big enough to fill the wall with a short screen (an
 * ending, a true/false question), small enough that a line still holds a phrase (about 28 CJK
 * characters across the window) and a short screen does not shout.
 */
export function typeCeiling(width: number, height: number): number {
  return Math.max(typeFloor(height), Math.min(width / 28, height / 13));
}

export interface Fitted {
  /** The type size chosen, in whole CSS pixels (never below `min`). */
  size: number;
  /** Whether the screen fits at that size; false means it overflows even at the floor. */
  fits: boolean;
}

/**
 * How much of its box a screen takes at a type size: the larger of its content's height over the
 * box's height and its content's width over the box's width. At most 1 means it fits. It grows
 * with the size (smaller type never takes more room).
 */
export type Fill = (size: number) => number;

/** A size measured, with its fill. */
interface Point {
  size: number;
  fill: number;
}

/**
 * Where the screen will just fit, from its last two measures: a power law through them (a screen
 * of wrapping text grows about with the square of the size, one of short lines about linearly),
 * the square law from the last measure alone. NaN when the measures say nothing sensible.
 */
function estimate(last: Point, before: Point | undefined): number {
  const exponent =
    before === undefined || before.size === last.size || before.fill <= 0 || last.fill <= 0
      ? 2
      : Math.log(last.fill / before.fill) / Math.log(last.size / before.size);
  return exponent > 0.25 ? last.size * Math.pow(last.fill, -1 / exponent) : Number.NaN;
}

/**
 * The largest whole size in [min, max] at which the screen fits (`fill(size) <= 1`). When nothing
 * fits, `min` with `fits: false`. Each measure lays the screen out, so the search estimates where
 * the screen will just fit (see `estimate`) instead of halving the range: three or four measures
 * instead of six to eight. Every measure narrows the range, and after two estimates in a row that
 * did not halve it the search halves it, so it never takes many more measures than bisection.
 */
export function largestFitting(min: number, max: number, fill: Fill): Fitted {
  const lo = Math.ceil(min);
  let high: Point = { size: Math.max(lo, Math.floor(max)), fill: 0 };
  high.fill = fill(high.size);
  if (high.fill <= 1) return { size: high.size, fits: true };
  // Invariant: the screen overflows at high.size and fits at low.size (when low is known); the
  // sizes left to decide are from..high.size - 1.
  let low: Point | undefined;
  let last = high;
  let before: Point | undefined;
  let slow = 0;
  const from = () => (low === undefined ? lo : low.size + 1);
  while (from() < high.size) {
    const left = high.size - from();
    const guess = slow >= 2 ? Number.NaN : Math.floor(estimate(last, before));
    const halve = Number.isNaN(guess);
    const size = Math.min(
      high.size - 1,
      Math.max(from(), halve ? Math.floor((from() + high.size) / 2) : guess),
    );
    const at: Point = { size, fill: fill(size) };
    if (at.fill <= 1) low = at;
    else high = at;
    [before, last] = [last, at];
    slow = halve || high.size - from() <= left / 2 ? 0 : slow + 1;
  }
  return low === undefined ? { size: lo, fits: false } : { size: low.size, fits: true };
}

/**
 * The layout and size to show a screen with (`fill` as in `largestFitting`, per layout): every
 * candidate layout fitted, the one that allows the largest type wins (the first on a tie, so list the preferred layout first). A layout that
 * overflows even at the floor loses to any that fits. Once one layout fits at some size, the
 * others are only searched when they fit one pixel larger, which keeps the measuring short.
 */
export function bestLayout<L extends string>(
  layouts: readonly L[],
  min: number,
  max: number,
  fill: (layout: L, size: number) => number,
): Fitted & { layout: L } {
  const [first, ...rest] = layouts;
  if (first === undefined) throw new RangeError('bestLayout needs at least one layout');
  let best: Fitted & { layout: L } = {
    ...largestFitting(min, max, (size) => fill(first, size)),
    layout: first,
  };
  for (const layout of rest) {
    if (best.fits && (best.size >= Math.floor(max) || fill(layout, best.size + 1) > 1)) continue;
    const fitted = largestFitting(best.fits ? best.size + 1 : min, max, (size) =>
      fill(layout, size),
    );
    if (fitted.fits && (!best.fits || fitted.size > best.size)) best = { ...fitted, layout };
  }
  return best;
}

/**
 * The layout, size and spacing tier to show a screen with: the tiers are tried in order (the usual
 * spacing first, then tighter ones) and the first whose best layout (see `bestLayout`) fits at some
 * size wins, so a tighter tier is used only on a screen that overflows at the floor otherwise. When
 * no tier fits, the last tier's attempt (the tightest, which overflows least) with `fits: false`.
 */
export function bestInTiers<L extends string>(
  tiers: readonly (readonly L[])[],
  min: number,
  max: number,
  fill: (layout: L, size: number, tier: number) => number,
): Fitted & { layout: L; tier: number } {
  if (tiers.length === 0) throw new RangeError('bestInTiers needs at least one tier');
  let last: (Fitted & { layout: L; tier: number }) | undefined;
  for (const [tier, layouts] of tiers.entries()) {
    last = { ...bestLayout(layouts, min, max, (layout, size) => fill(layout, size, tier)), tier };
    if (last.fits) return last;
  }
  return last!;
}
