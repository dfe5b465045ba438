// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { startEachTestAsANewLearner } from './scenario-setup';
import ScenarioPlayer from '../../src/islands/ScenarioPlayer';
import { SCENARIO_KEYS } from '../../src/islands/keys';
import { pick } from '../../src/i18n';
import { forLearners } from '../../src/lib/scenario/view';
import { scenarioFile } from '../../src/lib/content/data-files';
import { scenario } from '../fixtures/scenario';

startEachTestAsANewLearner();

const def = forLearners(scenario());
const links = {
  'intelligence#competitor-types': {
    href: '/lessons/intelligence/#competitor-types',
    label: '信息收集 · 竞争对手',
  },
};
/** `fetch` answering the scenario's shared file, or failing as the network would. */
const serve = (ok: boolean) =>
  vi.fn(async () =>
    ok ? new Response(JSON.stringify(scenarioFile(def))) : Promise.reject(new TypeError('offline')),
  );
/** Each test its own URL: the store keeps a loaded file for the page's lifetime. */
const renderPlayer = (href: string) =>
  render(
    <ScenarioPlayer
      scenario={{ id: 'tiny', href }}
      links={links}
      strings={pick(...SCENARIO_KEYS)}
      debriefHref="/scenarios/tiny/debrief/"
    />,
  );

describe('ScenarioPlayer', () => {
  test('plays from the start button to an ending, announcing feedback and moving focus', async () => {
    vi.stubGlobal('fetch', serve(true));
    renderPlayer('/data/scenarios/tiny.json');
    expect(screen.getByText('正在载入情景……')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '开始模拟' }));
    expect(await screen.findByRole('heading', { level: 2, name: '开始' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '提问' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('group', { name: '选一个' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '好问题' }));
    await screen.findByRole('heading', { level: 2, name: '判断' });
    expect(screen.getByRole('status').textContent).toContain('好。');
    expect(screen.getByRole('link', { name: '信息收集 · 竞争对手' }).getAttribute('href')).toBe(
      '/lessons/intelligence/#competitor-types',
    );
    expect(screen.getByText('信任').nextElementSibling?.textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: '撤销上一步' }));
    await screen.findByRole('heading', { level: 2, name: '提问' });
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '好问题' }));
    await screen.findByRole('heading', { level: 2, name: '判断' });
    fireEvent.click(screen.getByRole('button', { name: '只有见过面才能选' }));
    expect(await screen.findByRole('heading', { level: 2, name: '一半' })).toBeTruthy();
    expect(screen.getByText('结果：部分成功')).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看完整复盘' }).getAttribute('href')).toBe(
      '/scenarios/tiny/debrief/',
    );
  });

  test('says so, with a retry, when the scenario cannot be loaded, and plays once it can', async () => {
    const offline = serve(false);
    vi.stubGlobal('fetch', offline);
    renderPlayer('/data/scenarios/tiny-offline.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('情景内容没能加载出来，多半是网络断了。');
    expect(offline).toHaveBeenCalledWith('/data/scenarios/tiny-offline.json');
    expect(screen.queryByRole('button', { name: '开始模拟' })).toBeNull();
    vi.stubGlobal('fetch', serve(true));
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(await screen.findByRole('button', { name: '开始模拟' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('refuses a file that is not this scenario (a stale or wrong file) with the same message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(scenarioFile({ ...def, id: 'other' })))),
    );
    renderPlayer('/data/scenarios/tiny-wrong.json');
    expect((await screen.findByRole('alert')).textContent).toContain('情景内容没能加载出来');
  });
});
