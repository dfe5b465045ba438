/**
 * The audience screen's side of a live workshop: shows the last view the console published
 * (from localStorage on load), then follows the console on the BroadcastChannel, or through the
 * `storage` event where BroadcastChannel is missing. Older sequence numbers are ignored.
 */
import { atom } from 'nanostores';
import { decodeVersioned } from '../lib/storage/versioned';
import { isNewer, liveFormat, type LiveMessage } from '../lib/workshop/live';
import { STORE_KEYS } from '../lib/storage/keys';

export const LIVE_KEY = STORE_KEYS.live;
export const LIVE_CHANNEL = 'tmc-workshop-live';

export const $live = atom<LiveMessage>(liveFormat.initial());

function receive(raw: unknown): void {
  if (typeof raw !== 'string') return;
  const decoded = decodeVersioned(raw, liveFormat);
  if (decoded.status === 'ok' && isNewer(decoded.value, $live.get())) $live.set(decoded.value);
}

/** Starts following the console; returns the function that stops it. */
export function followConsole(): () => void {
  try {
    receive(globalThis.localStorage.getItem(LIVE_KEY));
  } catch {
    // Storage blocked: wait for the channel.
  }
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(LIVE_CHANNEL);
    channel.onmessage = (event: MessageEvent) => receive(event.data);
    return () => channel.close();
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === LIVE_KEY) receive(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
