/**
 * The presenter console's side of a live workshop: the session (persisted, so a reload of the
 * console loses nothing) and the publishing of each new audience view, on a BroadcastChannel and
 * in localStorage (which also serves audience windows opened later, and browsers without
 * BroadcastChannel through the `storage` event). All rules live in `src/lib/workshop`.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import {
  apply,
  presentationOf,
  sessionFormat,
  type Command,
  type Deck,
  type Notice,
  type Session,
} from '../lib/workshop/session';
import { audienceView, type AudienceWords } from '../lib/workshop/audience';
import { decodeVersioned } from '../lib/storage/versioned';
import { liveFormat, nextSeq, type LiveMessage } from '../lib/workshop/live';
import { LIVE_CHANNEL, LIVE_KEY } from './workshop-audience';
import { STORE_KEYS } from '../lib/storage/keys';

export const SESSION_KEY = STORE_KEYS.session;

export const $session = persistentAtom<Session>(
  SESSION_KEY,
  sessionFormat.initial(),
  versionedCodec(SESSION_KEY, sessionFormat),
);

const SERVER_VALUE = sessionFormat.initial();
/** What the server rendered with (see the note in stores/reading.ts). */
export const sessionAtServer = (): Session => SERVER_VALUE;

/** Why the last command did nothing, for the console's status line. */
export const $notice = atom<Notice | undefined>(undefined);

let deck: Deck | undefined;
let words: AudienceWords = { true: 'true', false: 'false' };
let seq = 0;
let channel: BroadcastChannel | undefined;

function storedSeq(): number {
  try {
    return decodeVersioned(globalThis.localStorage.getItem(LIVE_KEY), liveFormat).value.seq;
  } catch {
    return 0;
  }
}

/** Sends what the projector should show now, with a sequence number newer than any sent before. */
function publish(): void {
  if (deck === undefined) return;
  seq = nextSeq(Math.max(seq, storedSeq()));
  const message: LiveMessage = { v: 1, seq, view: audienceView(deck, $session.get(), words) };
  const raw = JSON.stringify(message);
  try {
    globalThis.localStorage.setItem(LIVE_KEY, raw);
  } catch {
    // Without storage the channel still reaches audience windows that are already open.
  }
  if (channel === undefined && typeof BroadcastChannel !== 'undefined')
    channel = new BroadcastChannel(LIVE_CHANNEL);
  channel?.postMessage(raw);
}

const seed = (): number => Math.floor(Math.random() * 2 ** 32);

/** Runs one console command against the deck on this page, keeps the session and tells the projector. */
export function present(command: Command): void {
  if (deck === undefined) return;
  const out = apply(deck, $session.get(), command);
  $session.set(out.session);
  $notice.set(out.notice);
  publish();
}

/** Starts (or restarts) the deck; `caseId` forces a scenario's case. */
export function restart(caseId?: string): void {
  const at = new Date().toISOString();
  present(
    caseId === undefined
      ? { type: 'start', seed: seed(), at }
      : { type: 'start', seed: seed(), at, caseId },
  );
}

/** The console page's deck: continues the session's presentation of it, or starts one. */
export function openDeck(next: Deck, nextWords: AudienceWords): void {
  deck = next;
  words = nextWords;
  if (presentationOf(next, $session.get()) === undefined) restart();
  else publish();
}

export const now = (): string => new Date().toISOString();
