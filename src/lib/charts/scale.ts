/**
 * Small chart geometry shared by every picture on the site: linear scales, bar lengths and
 * horizontal bar rows. Pure numbers in, numbers out; the components only draw them.
 */

/** Rounds to one decimal so the SVG text stays short and snapshots stable. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A linear map from `domain` to `range`, clamped to the range (a value past the max stays at the end). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (value) => {
    if (d1 === d0) return r0;
    const t = Math.min(1, Math.max(0, (value - d0) / (d1 - d0)));
    return round1(r0 + t * (r1 - r0));
  };
}

/** Length of a bar for `value` out of `max` on a track `length` long (0 when max is 0 or less). */
export function barLength(value: number, max: number, length: number): number {
  if (max <= 0) return 0;
  return linearScale([0, max], [0, length])(value);
}

export interface BarRow {
  /** Top of the row's bar. */
  y: number;
  /** Baseline of the row's label, above the bar. */
  labelY: number;
  /** Length of the filled bar. */
  length: number;
  /** Length of the track (the maximum). */
  track: number;
}

export interface BarLayout {
  rows: BarRow[];
  /** Height of the whole chart, for the viewBox. */
  height: number;
}

/**
 * Horizontal bars, one row per value, each with its label on its own line above the bar (so long
 * Chinese labels never compete with the bar for width at 360 px). `max` per row lets each bar be
 * read against its own maximum; `scaleMax` (default: the largest max) keeps rows comparable.
 */
export function barRows(
  values: readonly { value: number; max: number }[],
  opts: { width: number; label: number; bar: number; gap: number; scaleMax?: number },
): BarLayout {
  const scaleMax = opts.scaleMax ?? Math.max(0, ...values.map((v) => v.max));
  const pitch = opts.label + opts.bar + opts.gap;
  const rows = values.map((v, i) => ({
    y: i * pitch + opts.label,
    labelY: i * pitch + opts.label - 4,
    length: barLength(Math.min(v.value, v.max), scaleMax, opts.width),
    track: barLength(v.max, scaleMax, opts.width),
  }));
  return { rows, height: values.length * pitch };
}
