/**
 * One way in for result codes, whether typed, pasted or read by the camera: each text is checked
 * against the item (`decodeResult`) and then added to the roster (`addCodes`), so a scanned code
 * meets exactly the checks and the messages of a pasted one.
 */
import { decodeResult, type Catalog, type DecodeError, type ItemResult } from './result-code';
import { addCodes, type Roster } from './roster';

export interface Refused {
  /** 1-based line of the text as given. */
  line: number;
  text: string;
  error: DecodeError;
}

export interface Accepted {
  line: number;
  value: ItemResult;
  /** `true` when newly on the list; `false` when the same code was already there. */
  fresh: boolean;
}

export interface Intake {
  roster: Roster;
  accepted: Accepted[];
  refused: Refused[];
  /** Codes newly on the list. */
  added: number;
  /** Codes already on it (the same learner again). */
  duplicates: number;
  /** Good codes that did not fit under the cap: handed back, never dropped silently. */
  over: string[];
}

/** Checks every non-blank line against `catalog` and adds the good ones to `roster`, in order. */
export function takeCodes(roster: Roster, catalog: Catalog, lines: readonly string[]): Intake {
  let next = roster;
  const accepted: Accepted[] = [];
  const refused: Refused[] = [];
  const over: string[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const d = decodeResult(catalog, text);
    if (!d.ok) {
      refused.push({ line: i + 1, text, error: d.error });
      return;
    }
    const step = addCodes(next, [text]);
    next = step.roster;
    if (step.over.length > 0) over.push(...step.over);
    else accepted.push({ line: i + 1, value: d.value, fresh: step.added > 0 });
  });
  const fresh = accepted.filter((a) => a.fresh).length;
  return {
    roster: next,
    accepted,
    refused,
    added: fresh,
    duplicates: accepted.length - fresh,
    over,
  };
}

/** The last text the camera read, and when (milliseconds, from the caller's clock). */
export interface Sighting {
  text: string;
  at: number;
}

/** How long a text held in view counts as the same showing (a QR code stays up for many frames). */
export const SCAN_QUIET_MS = 1500;

/**
 * Whether a decoded text should be handled: not when it is the text seen last and it was seen
 * less than `quiet` ms ago. The caller records every sighting, so a code held up for a while is
 * handled once, and shown again later it is handled again (and recognised as already in).
 */
export function isNewSighting(
  last: Sighting | undefined,
  text: string,
  at: number,
  quiet = SCAN_QUIET_MS,
): boolean {
  return last === undefined || last.text !== text || at - last.at >= quiet;
}
