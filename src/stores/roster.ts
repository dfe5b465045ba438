import { persistentAtom } from '@nanostores/persistent';
import { takeCodes, type Intake } from '../lib/workshop/intake';
import type { Catalog } from '../lib/workshop/result-code';
import { versionedCodec } from './storage';
import { STORE_KEYS } from '../lib/storage/keys';
import {
  removeCode,
  rosterFormat,
  selectItem,
  setDistinct,
  type Roster,
} from '../lib/workshop/roster';

export const ROSTER_KEY = STORE_KEYS.roster;

/** The codes the trainer collected in this session; kept in this browser only. */
export const $roster = persistentAtom<Roster>(
  ROSTER_KEY,
  rosterFormat.initial(),
  versionedCodec(ROSTER_KEY, rosterFormat),
);

const SERVER_VALUE = rosterFormat.initial();
/** What the server rendered with (see the note in stores/reading.ts). */
export const rosterAtServer = (): Roster => SERVER_VALUE;

export const chooseRosterItem = (item: string): void =>
  $roster.set(selectItem($roster.get(), item));
/**
 * Checks and adds codes (pasted lines or one text read by the camera): the one path every code
 * takes into the roster. Says what was added, already there, refused (with why) and over the cap.
 */
export function submitRosterCodes(
  catalog: Catalog,
  lines: readonly string[],
): Omit<Intake, 'roster'> {
  const { roster, ...outcome } = takeCodes($roster.get(), catalog, lines);
  $roster.set(roster);
  return outcome;
}

/** Whether the scanner stays silent (`'1'`) or beeps (`''`, the default); remembered in this browser. */
export const $scanMuted = persistentAtom<string>('tmc:scan-muted', '');
export const toggleScanMuted = (): void => $scanMuted.set($scanMuted.get() === '1' ? '' : '1');

export const markDistinct = (name: string, distinct: boolean): void =>
  $roster.set(setDistinct($roster.get(), name, distinct));
export const removeRosterCode = (code: string): void =>
  $roster.set(removeCode($roster.get(), code));
export const clearRoster = (): void => $roster.set({ v: 1, item: $roster.get().item, codes: [] });
