import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { STORE_KEYS } from '../lib/storage/keys';
import {
  addCodes,
  removeCode,
  rosterFormat,
  selectItem,
  setDistinct,
  type Added,
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
/** Adds codes; says how many were added, already there, and hands back those over the cap. */
export function addRosterCodes(codes: readonly string[]): Omit<Added, 'roster'> {
  const { roster, ...outcome } = addCodes($roster.get(), codes);
  $roster.set(roster);
  return outcome;
}
export const markDistinct = (name: string, distinct: boolean): void =>
  $roster.set(setDistinct($roster.get(), name, distinct));
export const removeRosterCode = (code: string): void =>
  $roster.set(removeCode($roster.get(), code));
export const clearRoster = (): void => $roster.set({ v: 1, item: $roster.get().item, codes: [] });
