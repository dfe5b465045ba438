// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import ScenarioPlayer from '../../src/islands/ScenarioPlayer';
import { SCENARIO_KEYS } from '../../src/islands/keys';
import { pick } from '../../src/i18n';
import { forLearners } from '../../src/lib/scenario/view';
import { scenario } from '../fixtures/scenario';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  cleanTestStorage();
});

const def = forLearners(scenario());
const links = {
  'intelligence#competitor-types': {
    href: '/lessons/intelligence/#competitor-types',
    label: '信息收集 · 竞争对手',
  },
};
const renderPlayer = () =>
  render(
    <ScenarioPlayer
      def={def}
      links={links}
      strings={pick(...SCENARIO_KEYS)}
      debriefHref="/scenarios/tiny/debrief/"
    />,
  );

describe('ScenarioPlayer', () => {
  test('plays from the start button to an ending, announcing feedback and moving focus', async () => {
    renderPlayer();
    fireEvent.click(screen.getByRole('button', { name: '开始模拟' }));
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
});
