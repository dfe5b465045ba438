/**
 * A histogram of score bands (0–59, 60–69 … 90–100) with the pass mark drawn across it.
 * Bands are drawn as equal-width columns (they are categories, not an even score axis); the pass
 * mark sits at its place inside the band it falls in, so 80 lands on the 80–89 column's left edge.
 */
import { linearScale, round1 } from './scale';

export interface BandInput {
  from: number;
  to: number;
  count: number;
}

export interface HistogramBar extends BandInput {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Histogram {
  bars: HistogramBar[];
  /** Horizontal position of the pass mark, or `undefined` when there is none or it is off the bands. */
  passX: number | undefined;
  /** Count axis ticks (whole people) with their vertical position. */
  ticks: { value: number; y: number }[];
  /** Top and bottom of the plot area. */
  top: number;
  bottom: number;
}

/** Lays out `bands` in a plot from `left` to `left + width`, `top` to `top + height`. */
export function histogram(
  bands: readonly BandInput[],
  passMark: number | undefined,
  box: { left: number; top: number; width: number; height: number; gap: number },
): Histogram {
  const most = Math.max(1, ...bands.map((b) => b.count));
  const bottom = box.top + box.height;
  const y = linearScale([0, most], [bottom, box.top]);
  const step = bands.length === 0 ? 0 : box.width / bands.length;
  const bars = bands.map((b, i) => ({
    ...b,
    x: round1(box.left + i * step + box.gap / 2),
    y: y(b.count),
    width: round1(step - box.gap),
    height: round1(bottom - y(b.count)),
  }));
  return {
    bars,
    passX: passMark === undefined ? undefined : passPosition(bands, passMark, box.left, step),
    ticks: countTicks(most).map((value) => ({ value, y: y(value) })),
    top: box.top,
    bottom,
  };
}

/** Where `mark` falls: inside the band containing it, proportionally (a band `from..to` spans to+1). */
export function passPosition(
  bands: readonly BandInput[],
  mark: number,
  left: number,
  step: number,
): number | undefined {
  const i = bands.findIndex((b) => mark >= b.from && mark <= b.to);
  if (i < 0) return undefined;
  const band = bands[i]!;
  const within = (mark - band.from) / (band.to + 1 - band.from);
  return round1(left + (i + within) * step);
}

/** At most five whole-number ticks from 0 to `most`, evenly spaced. */
export function countTicks(most: number): number[] {
  const stepSize = Math.max(1, Math.ceil(most / 4));
  const ticks: number[] = [];
  for (let v = 0; v <= most; v += stepSize) ticks.push(v);
  if (ticks[ticks.length - 1] !== most) ticks.push(most);
  return ticks;
}
