// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { startEachTestAsANewLearner } from './scenario-setup';
import ScenarioDebrief from '../../src/islands/ScenarioDebrief';
import DataGate from '../../src/islands/DataGate';
import { DEBRIEF_KEYS } from '../../src/islands/keys';
import { pick, t } from '../../src/i18n';
import { forLearners } from '../../src/lib/scenario/view';
import { scenarioFile } from '../../src/lib/content/data-files';
import { chooseInScenario, startScenario } from '../../src/stores/scenario-runs';
import { scenario } from '../fixtures/scenario';

startEachTestAsANewLearner();

const def = forLearners(scenario());
const serve = () => vi.fn(async () => new Response(JSON.stringify(scenarioFile(def))));

/** Every text the document shows at any moment, however briefly (a frame between render and effect). */
function everyText(): () => string {
  let seen = document.body.textContent ?? '';
  const observer = new MutationObserver(() => {
    seen += `\n${document.body.textContent ?? ''}`;
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

describe('ScenarioDebrief', () => {
  test('a learner who just finished never sees "not finished" while the scenario loads', async () => {
    startScenario(def, new Date('2026-11-30T08:00:00Z'), 7);
    chooseInScenario(def, null);
    chooseInScenario(def, 'good');
    chooseInScenario(def, 'vip');
    vi.stubGlobal('fetch', serve());
    const seen = everyText();
    render(
      <ScenarioDebrief
        scenario={{ id: 'tiny', href: '/data/scenarios/debrief-tiny.json' }}
        links={{}}
        strings={pick(...DEBRIEF_KEYS)}
        playHref="/scenarios/tiny/"
      />,
    );
    expect(screen.getByText(t('scenario.loading'))).toBeTruthy();
    expect(await screen.findByText(/一半/)).toBeTruthy();
    const text = seen();
    expect(text).toContain(t('scenario.loading'));
    expect(text).not.toContain(t('scenario.noRun'));
  });

  test('a learner with no finished run is told so', async () => {
    vi.stubGlobal('fetch', serve());
    render(
      <ScenarioDebrief
        scenario={{ id: 'tiny', href: '/data/scenarios/debrief-none.json' }}
        links={{}}
        strings={pick(...DEBRIEF_KEYS)}
        playHref="/scenarios/tiny/"
      />,
    );
    expect(await screen.findByText(t('scenario.noRun'))).toBeTruthy();
  });
});

describe('DataGate', () => {
  const gate = (state: 'loading' | 'ready', seen: boolean[]) => (
    <DataGate
      loaded={state === 'ready' ? { state, value: 1 } : { state }}
      loading="…"
      failed="failed"
      retry="retry"
      onRetry={() => {}}
    >
      {(_, hydrating) => {
        seen.push(hydrating);
        return <p>ready</p>;
      }}
    </DataGate>
  );

  test('content ready from the first render may be over server HTML; after the loading line it is not', () => {
    const first: boolean[] = [];
    render(gate('ready', first));
    expect(first).toEqual([true]);
    cleanup();
    const later: boolean[] = [];
    const { rerender } = render(gate('loading', later));
    expect(later).toEqual([]);
    rerender(gate('ready', later));
    expect(later).toEqual([false]);
  });
});
