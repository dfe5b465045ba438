// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

// Fresh modules and storage before each test too: with `isolate: false` another file may have left
// stores loaded and keys written.
beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});

afterEach(() => {
  delete document.documentElement.dataset['tmcNs'];
  localStorage.clear();
  vi.resetModules();
});

test('the plain site stores learner data under tmc:<name>', async () => {
  const { markLessonRead } = await import('../../../src/stores/reading');
  markLessonRead('contract', new Date(Date.UTC(2026, 10, 29)));
  expect(Object.keys(localStorage)).toEqual(['tmc:reading']);
});

test('inside a package the namespace from the launch page keeps data apart, both ways', async () => {
  document.documentElement.dataset['tmcNs'] = 'lms-abc';
  localStorage.setItem(
    'tmc:reading',
    JSON.stringify({ v: 1, read: { intelligence: '2026-11-01T00:00:00.000Z' } }),
  );
  const { $reading, markLessonRead } = await import('../../../src/stores/reading');
  expect($reading.get().read).toEqual({});
  markLessonRead('contract', new Date(Date.UTC(2026, 10, 29)));
  expect(JSON.parse(localStorage.getItem('tmc:lms-abc:reading')!).read).toEqual({
    contract: '2026-11-29T00:00:00.000Z',
  });
  expect(JSON.parse(localStorage.getItem('tmc:reading')!).read).toEqual({
    intelligence: '2026-11-01T00:00:00.000Z',
  });
});
