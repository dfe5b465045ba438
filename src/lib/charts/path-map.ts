/**
 * The debrief's path map: one column per decision the learner took, the expert's line along the
 * top, the learner's dots on it where they chose as the expert would and on a lower lane where
 * they did not, the first such step marked as the turn, and the ending at the right.
 */
import { round1 } from './scale';

export interface PathPoint {
  /** 1-based decision number. */
  n: number;
  x: number;
  y: number;
  /** The learner chose differently from the expert here. */
  differs: boolean;
}

export interface PathMap {
  points: PathPoint[];
  /** `points` attribute of the learner's polyline (through every dot, then to the ending). */
  learnerLine: string;
  /** y of the expert's lane and of the learner's lower lane. */
  expertY: number;
  offY: number;
  /** Expert lane from the first column to the ending. */
  expertLine: { x1: number; x2: number };
  /** 1-based number of the first step where the learner left the expert's path; `undefined` if never. */
  turn: number | undefined;
  end: { x: number; y: number };
}

/** Lays out `differs` (one flag per decision, in order) across `width`, lanes at `expertY` and `offY`. */
export function pathMap(
  differs: readonly boolean[],
  box: { left: number; width: number; expertY: number; offY: number },
): PathMap {
  const columns = differs.length + 1;
  const step = box.width / columns;
  const xAt = (i: number) => round1(box.left + step * (i + 0.5));
  const points = differs.map((d, i) => ({
    n: i + 1,
    x: xAt(i),
    y: d ? box.offY : box.expertY,
    differs: d,
  }));
  const last = points[points.length - 1];
  const end = { x: xAt(differs.length), y: last?.y ?? box.expertY };
  const turnIndex = differs.indexOf(true);
  return {
    points,
    learnerLine: [...points, end].map((p) => `${p.x},${p.y}`).join(' '),
    expertY: box.expertY,
    offY: box.offY,
    expertLine: { x1: xAt(0), x2: end.x },
    turn: turnIndex < 0 ? undefined : turnIndex + 1,
    end,
  };
}
