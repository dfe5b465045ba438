import { afterEach, describe, expect, test, vi } from 'vitest';
import { $banks, $scenarios, ensureBanks, loadScenario } from '../../../src/stores/data-files';
import { bankFile, scenarioFile } from '../../../src/lib/content/data-files';
import { forLearners } from '../../../src/lib/scenario/view';
import { single } from '../../fixtures/quiz';
import { scenario } from '../../fixtures/scenario';

afterEach(() => {
  vi.unstubAllGlobals();
  $banks.set({});
  $scenarios.set({});
});

const def = forLearners(scenario());
const json = (value: unknown) => new Response(JSON.stringify(value));

describe('data-files store', () => {
  test('fetches a scenario once however many islands ask (debrief and result code)', async () => {
    const fetch = vi.fn(async () => json(scenarioFile(def)));
    vi.stubGlobal('fetch', fetch);
    const source = { id: 'tiny', href: '/data/scenarios/tiny.json' };
    const [a, b] = await Promise.all([loadScenario(source), loadScenario(source)]);
    expect(a?.id).toBe('tiny');
    expect(b).toBe(a);
    expect(await loadScenario(source)).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect($scenarios.get()['/data/scenarios/tiny.json']).toEqual({ state: 'ready', value: a });
  });

  test('marks a bank loading, then ready; a failed one (HTTP error) is fetched again on retry', async () => {
    const href = '/data/banks/l1.json';
    let answer: () => Response = () => new Response('', { status: 404 });
    const fetch = vi.fn(async () => answer());
    vi.stubGlobal('fetch', fetch);
    ensureBanks([{ lesson: 'l1', href, weight: 1 }]);
    expect($banks.get()[href]).toEqual({ state: 'loading' });
    await vi.waitFor(() => expect($banks.get()[href]).toEqual({ state: 'failed' }));
    answer = () => json(bankFile('l1', [single]));
    ensureBanks([{ lesson: 'l1', href, weight: 1 }]);
    await vi.waitFor(() => expect($banks.get()[href]).toEqual({ state: 'ready', value: [single] }));
    ensureBanks([{ lesson: 'l1', href, weight: 1 }]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a network error or a file that is not the asked-for bank ends as failed, never as data', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (href: string) =>
        href.endsWith('net.json')
          ? Promise.reject(new TypeError('offline'))
          : json(bankFile('l2', [])),
      ),
    );
    ensureBanks([
      { lesson: 'l1', href: '/data/banks/net.json', weight: 1 },
      { lesson: 'l1', href: '/data/banks/wrong.json', weight: 1 },
    ]);
    await vi.waitFor(() =>
      expect($banks.get()).toEqual({
        '/data/banks/net.json': { state: 'failed' },
        '/data/banks/wrong.json': { state: 'failed' },
      }),
    );
  });
});
