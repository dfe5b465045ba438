// @vitest-environment happy-dom
// In a DOM environment src/stores/storage.ts installs its own engine over window.localStorage, so
// these tests read and write happy-dom's localStorage directly. The suite shares one module
// registry per worker (`isolate: false`): a storage.ts loaded by an earlier file would hold that
// file's window and engine, so this file loads its stores afresh.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { scenario } from '../../fixtures/scenario';
import type { Deck } from '../../../src/lib/workshop/session';

beforeAll(() => vi.resetModules());

const deck: Deck = { kind: 'scenario', def: scenario() };
const WORDS = { true: '对', false: '错' };
const console_ = async () => import('../../../src/stores/workshop-live');
const audience = async () => import('../../../src/stores/workshop-audience');
const stored = () =>
  JSON.parse(localStorage.getItem('tmc:workshop-live') ?? 'null') as {
    seq: number;
    view: { kind: string; title?: string };
  };

afterEach(async () => {
  const { $session } = await console_();
  const { $live } = await audience();
  cleanStores($session);
  $live.set({ v: 1, seq: 0, view: { kind: 'idle' } });
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('console store', () => {
  test('opening a deck starts it, persists the session and publishes the view with a growing sequence number', async () => {
    const { $session, SESSION_KEY, openDeck, present, now } = await console_();
    const stop = $session.listen(() => {});
    const heard: string[] = [];
    const ear = new BroadcastChannel('tmc-workshop-live');
    ear.onmessage = (e: MessageEvent) => heard.push(e.data as string);
    openDeck(deck, WORDS);
    expect(stored()).toMatchObject({ view: { kind: 'step', title: '开始' } });
    const first = stored().seq;
    present({ type: 'next', at: now() });
    expect(stored()).toMatchObject({ seq: first + 1, view: { kind: 'step', title: '提问' } });
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).current.run.steps).toHaveLength(1);
    await vi.waitFor(() =>
      expect(heard.map((raw) => JSON.parse(raw).seq)).toEqual([first, first + 1]),
    );
    ear.close();
    stop();
  });

  test('a reloaded console continues the stored session and numbering', async () => {
    const { $session, SESSION_KEY, openDeck, $notice, present, now } = await console_();
    openDeck(deck, WORDS);
    present({ type: 'next', at: now() });
    const before = stored().seq;
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).current.run.steps).toHaveLength(1);
    cleanStores($session);
    const stop = $session.listen(() => {});
    openDeck(deck, WORDS);
    expect(stored()).toMatchObject({ seq: before + 1, view: { title: '提问' } });
    present({ type: 'next', at: now() });
    expect($notice.get()).toBe('need-pick-none');
    stop();
  });
});

describe('audience store', () => {
  test('shows the stored view on load and ignores older sequence numbers', async () => {
    const { $live, followConsole } = await audience();
    localStorage.setItem(
      'tmc:workshop-live',
      JSON.stringify({ v: 1, seq: 5, view: { kind: 'hidden' } }),
    );
    const stop = followConsole();
    expect($live.get()).toMatchObject({ seq: 5, view: { kind: 'hidden' } });
    const mouth = new BroadcastChannel('tmc-workshop-live');
    mouth.postMessage(JSON.stringify({ v: 1, seq: 4, view: { kind: 'idle' } }));
    mouth.postMessage(
      JSON.stringify({ v: 1, seq: 6, view: { kind: 'done', key: 'k', item: '题库', count: 3 } }),
    );
    await vi.waitFor(() => expect($live.get().seq).toBe(6));
    expect($live.get().view).toMatchObject({ kind: 'done', count: 3 });
    mouth.close();
    stop();
  });

  test('follows the storage event where BroadcastChannel is missing, and ignores unreadable messages', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { $live, followConsole } = await audience();
    const stop = followConsole();
    const fire = (newValue: string) =>
      window.dispatchEvent(new StorageEvent('storage', { key: 'tmc:workshop-live', newValue }));
    fire(JSON.stringify({ v: 1, seq: 2, view: { kind: 'hidden' } }));
    expect($live.get()).toMatchObject({ seq: 2, view: { kind: 'hidden' } });
    fire('{broken');
    fire(JSON.stringify({ v: 1, seq: 3, view: { kind: 'nonsense' } }));
    expect($live.get().seq).toBe(2);
    stop();
  });
});
