/**
 * The readiness gauge: a half ring from the left (0) to the right (100), split into one segment per
 * part in proportion to the points it can give, each segment filled as far as the part is done.
 */
import { round1 } from './scale';

export interface GaugeBox {
  cx: number;
  cy: number;
  r: number;
}

/** The point at `fraction` (0–1) along the half ring, left to right over the top. */
export function gaugePoint(box: GaugeBox, fraction: number): { x: number; y: number } {
  const f = Math.min(1, Math.max(0, fraction));
  const angle = Math.PI * (1 - f);
  return {
    x: round1(box.cx + box.r * Math.cos(angle)),
    y: round1(box.cy - box.r * Math.sin(angle)),
  };
}

/** SVG path of the arc from fraction `a` to `b` (a ≤ b) along the half ring; empty when a = b. */
export function arcPath(box: GaugeBox, a: number, b: number): string {
  if (b - a <= 0) return '';
  const p = gaugePoint(box, a);
  const q = gaugePoint(box, b);
  return `M ${p.x} ${p.y} A ${box.r} ${box.r} 0 0 1 ${q.x} ${q.y}`;
}

export interface GaugeSegment<Id extends string> {
  id: Id;
  /** Path of the part's whole share (the track). */
  track: string;
  /** Path of the part's earned share. */
  fill: string;
  /** Where the segment starts and ends, 0–1 of the ring. */
  from: number;
  to: number;
}

/** One segment per part: `weight` points of 100, `points` earned. Parts are laid end to end. */
export function gaugeSegments<Id extends string>(
  box: GaugeBox,
  parts: readonly { id: Id; weight: number; points: number }[],
  gap = 0.008,
): GaugeSegment<Id>[] {
  const total = parts.reduce((n, p) => n + p.weight, 0);
  let at = 0;
  return parts.map((p) => {
    const share = total <= 0 ? 0 : p.weight / total;
    const done = p.weight <= 0 ? 0 : Math.min(1, Math.max(0, p.points / p.weight));
    const from = at;
    const to = at + share;
    at = to;
    const start = from + (from > 0 ? gap / 2 : 0);
    const end = to - (to < 1 - 1e-9 ? gap / 2 : 0);
    return {
      id: p.id,
      track: arcPath(box, start, end),
      fill: arcPath(box, start, start + (end - start) * done),
      from: round1(from * 1000) / 1000,
      to: round1(to * 1000) / 1000,
    };
  });
}
