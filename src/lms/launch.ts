/**
 * The launch page of a course package (the SCO / AU). A course of many pages cannot keep one LMS
 * session across page loads, so this page holds the session and shows the site in a frame.
 *
 * It is a small detector: only when cmi5 launch parameters are in its URL, or an LMS API (`API` for
 * SCORM 1.2, `API_1484_11` for 2004, looked for up the parent and opener chain) is present, does
 * it load an adapter (dynamic import). Either way it publishes the storage namespace on
 * `window.tmcLms` before the site frame loads; each site page reads it (see the package script).
 */
import { lms as strings } from '../i18n/zh-CN/lms';
import type { FoundApi } from './scorm';
import { fill } from '../lib/util/template';

declare global {
  interface Window {
    tmcLms?: { ns: string };
  }
}

type Key = keyof typeof strings;

function notify(key: Key, params: Record<string, string> = {}): void {
  const box = document.getElementById('tmc-lms-notice');
  if (box === null) return;
  box.textContent = fill(strings[key], params);
  box.hidden = false;
}

/** Looks for `name` on this window, its parents, then its opener and the opener's parents. */
function findApi<T>(name: 'API' | 'API_1484_11'): T | undefined {
  const look = (start: Window | null): T | undefined => {
    let win = start;
    for (let depth = 0; win !== null && depth < 10; depth++) {
      try {
        const api = (win as unknown as Record<string, unknown>)[name];
        if (api !== undefined && api !== null) return api as T;
      } catch {
        return undefined; // another origin: no API we may use
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return undefined;
  };
  return look(window) ?? look(window.opener as Window | null);
}

/** True when the URL carries all five cmi5 launch parameters (cmi5 8.1); checked without the client. */
const launchedByCmi5 = (search: string) => {
  const q = new URLSearchParams(search);
  return ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((k) => q.get(k));
};

async function startCmi5Session(): Promise<string> {
  const { cmi5Params, startCmi5 } = await import('./cmi5');
  const params = cmi5Params(location.search);
  if (params === undefined) {
    notify('lms.initFailed', { code: 'actor' });
    return 'lms-standalone';
  }
  const session = await startCmi5(params, {
    failed: (key, code) => notify(key, { code }),
    mode: (mode) => notify(mode === 'Browse' ? 'lms.browseMode' : 'lms.reviewMode'),
  });
  const button = document.getElementById('tmc-lms-exit') as HTMLButtonElement | null;
  if (button !== null) {
    button.hidden = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      notify('lms.exiting');
      void session.exit().then(({ returnURL }) => {
        if (returnURL !== undefined) location.assign(returnURL);
        else notify('lms.exited');
      });
    });
  }
  return session.namespace;
}

async function start(): Promise<string> {
  if (launchedByCmi5(location.search)) return startCmi5Session();
  const api2004 = findApi<Extract<FoundApi, { version: '2004' }>['api']>('API_1484_11');
  const api12 = findApi<Extract<FoundApi, { version: '1.2' }>['api']>('API');
  const found: FoundApi | undefined =
    api2004 !== undefined
      ? { version: '2004', api: api2004 }
      : api12 !== undefined
        ? { version: '1.2', api: api12 }
        : undefined;
  const notices = { failed: (key: Key, code: string) => notify(key, { code }) };
  if (found !== undefined) {
    const { startScorm } = await import('./scorm');
    return startScorm(found, notices).namespace;
  }
  notify('lms.noLms');
  return 'lms-standalone';
}

const frame = document.getElementById('tmc-site') as HTMLIFrameElement | null;
void start()
  .catch(() => 'lms-standalone')
  .then((ns) => {
    window.tmcLms = { ns };
    if (frame !== null) frame.src = frame.dataset['src'] ?? 'site/index.html';
  });
