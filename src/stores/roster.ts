import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import {
  addCodes,
  removeCode,
  rosterFormat,
  selectItem,
  type Roster,
} from '../lib/workshop/roster';

export const ROSTER_KEY = 'tmc:workshop-roster';

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
export const addRosterCodes = (codes: readonly string[]): void =>
  $roster.set(addCodes($roster.get(), codes));
export const removeRosterCode = (code: string): void =>
  $roster.set(removeCode($roster.get(), code));
export const clearRoster = (): void => $roster.set({ ...$roster.get(), codes: [] });
