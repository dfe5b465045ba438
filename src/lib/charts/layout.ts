/**
 * Layouts of the lesson pictures: the three meetings as a timeline and the decision chain
 * (决策人 / 参与人 / 有影响力人). Both are computed at build from the playbook YAML.
 */
import { round1 } from './scale';

/**
 * Breaks `text` into lines of at most `max` characters (CJK text has no spaces to break at, so
 * this counts characters; a line never starts with a closing punctuation mark).
 */
export function wrapText(text: string, max: number): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  let line = '';
  for (const c of chars) {
    if ([...line].length >= max && !/[，。、；：）」』！？,.;:)]/.test(c)) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Centres of `n` equal columns across `width`. */
export function columns(n: number, width: number): number[] {
  const step = n === 0 ? 0 : width / n;
  return Array.from({ length: n }, (_, i) => round1(step * (i + 0.5)));
}

export interface ChainBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the box's top and bottom edges. */
  top: { x: number; y: number };
  bottom: { x: number; y: number };
}

/**
 * The decision chain: the decider's box centred on top, the other roles in a row below it, each
 * with an arrow from the top of its box up to the bottom of the decider's box.
 */
export function chainLayout(
  n: number,
  opts: { width: number; boxWidth: number; boxHeight: number; rise: number },
): {
  decider: ChainBox;
  others: ChainBox[];
  arrows: { x1: number; y1: number; x2: number; y2: number }[];
} {
  const box = (cx: number, y: number): ChainBox => ({
    x: round1(cx - opts.boxWidth / 2),
    y,
    width: opts.boxWidth,
    height: opts.boxHeight,
    top: { x: cx, y },
    bottom: { x: cx, y: y + opts.boxHeight },
  });
  const decider = box(round1(opts.width / 2), 0);
  const rowY = opts.boxHeight + opts.rise;
  const others = columns(Math.max(0, n - 1), opts.width).map((cx) => box(cx, rowY));
  const spread = opts.boxWidth / 3;
  const arrows = others.map((o, i) => {
    const shift = others.length <= 1 ? 0 : ((i / (others.length - 1)) * 2 - 1) * spread;
    return { x1: o.top.x, y1: o.top.y, x2: round1(decider.bottom.x + shift), y2: decider.bottom.y };
  });
  return { decider, others, arrows };
}
