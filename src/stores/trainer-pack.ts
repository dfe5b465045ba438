import { atom } from 'nanostores';
import { packAfter, parsePackMessage, type PackState } from '../lib/offline/pack';

/**
 * The trainer pack's caching, as the 「离线备课」 panel shows it. The service worker does the work
 * (it owns the file list and the cache, so two tabs or a new worker version cannot write half a
 * pack); this store asks it and follows its messages (src/lib/offline/pack.ts).
 */
export const $trainerPack = atom<PackState>({ kind: 'idle' });

let following = false;

function follow(container: ServiceWorkerContainer): void {
  if (following) return;
  following = true;
  container.addEventListener('message', (event) => {
    const message = parsePackMessage(event.data);
    if (message !== undefined) $trainerPack.set(packAfter(message));
  });
  container.startMessages();
}

/** Asks the service worker to cache the trainer pack; progress and outcome arrive in `$trainerPack`. */
export async function cacheTrainerPack(): Promise<void> {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (container === undefined) {
    $trainerPack.set({ kind: 'unsupported' });
    return;
  }
  follow(container);
  $trainerPack.set({ kind: 'starting' });
  try {
    // Registering again is harmless and covers a press before the page's own registration ran.
    const registration = await container.register('/sw.js');
    const worker = registration.active ?? (await container.ready).active;
    if (worker === null) throw new Error('no active service worker');
    worker.postMessage({ type: 'cache-trainer-pack' });
  } catch {
    $trainerPack.set({ kind: 'unsupported' });
  }
}
