import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test, vi } from 'vitest';

// Each test runs the build script in a child process: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

function build(dir: string): { version: string; urls: string[]; source: string } {
  execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], { stdio: 'pipe' });
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  return {
    source,
    version: /const VERSION = "([0-9a-f]{16})";/.exec(source)![1]!,
    urls: JSON.parse(/const PRECACHE = (\[.*?\]);/.exec(source)![1]!) as string[],
  };
}

describe('scripts/build-sw.mjs', () => {
  const files = {
    'index.html': '<h1>首页</h1>',
    'lessons/contract/index.html': '<h1>合约</h1>',
    '_astro/client.abc.js': 'export{}',
    'pagefind/pagefind.js': '//',
    'pagefind/pagefind-ui.js': '//',
  };
  test('writes a worker that precaches every page, asset and search file of the build', () => {
    const worker = build(site(files));
    expect(worker.urls).toEqual([
      '/_astro/client.abc.js',
      '/',
      '/lessons/contract/',
      '/pagefind/pagefind.js',
    ]);
    expect(worker.source).not.toContain('__URLS__');
    expect(worker.source).toContain('caches.delete(key)');
  });
  test('a rebuild with changed content gets a new version; an unchanged one keeps it', () => {
    const first = build(site(files));
    expect(build(site(files)).version).toBe(first.version);
    expect(
      build(site({ ...files, 'lessons/contract/index.html': '<h1>合约（改）</h1>' })).version,
    ).not.toBe(first.version);
  });
});

const ORIGIN = 'https://course.test';

/** Runs a built worker in a small fake of the service-worker globals. */
function runWorker(source: string, serve: (url: string) => Response) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const stores = new Map<string, Map<string, Response>>([['tmc-site-old', new Map()]]);
  const posted: unknown[] = [];
  const cacheOf = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const map = stores.get(name)!;
    const key = (r: string | Request) =>
      new URL(typeof r === 'string' ? r : r.url, ORIGIN).pathname;
    return {
      put: async (r: string | Request, res: Response) => void map.set(key(r), res),
      match: async (r: string | Request) => map.get(key(r))?.clone(),
    };
  };
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] = fn),
    skipWaiting: async () => undefined,
    registration: { unregister: async () => true },
    clients: {
      claim: async () => undefined,
      matchAll: async () => [
        { postMessage: (m: unknown) => posted.push(m), navigate: async () => undefined },
      ],
    },
  };
  const caches = {
    open: async (name: string) => cacheOf(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  class LocalRequest extends Request {
    // Node's fetch does not implement cache modes; the worker's `cache: 'reload'` is dropped here.
    constructor(input: string | Request, init: RequestInit = {}) {
      const { cache: _cache, ...rest } = init;
      super(typeof input === 'string' ? new URL(input, ORIGIN) : input, rest);
    }
  }
  const fetch = async (r: Request) => serve(new URL(r.url).pathname);
  runInNewContext(source, {
    self,
    caches,
    fetch,
    Request: LocalRequest,
    Response,
    URL,
    console: { warn: () => undefined, log: () => undefined },
    setTimeout,
    clearTimeout,
  });
  const fire = async (type: string, extra: object = {}) => {
    let waited: Promise<unknown> = Promise.resolve();
    let responded: Promise<Response> | undefined;
    listeners[type]!({
      ...extra,
      waitUntil: (p: Promise<unknown>) => (waited = p),
      respondWith: (p: Promise<Response>) => (responded = p),
    });
    await waited;
    return responded;
  };
  return { fire, stores, posted, self };
}

describe('the built worker', () => {
  const files = {
    'index.html': '<h1>首页</h1>',
    'lessons/contract/index.html': '<h1>合约</h1>',
    'offline/index.html': '<h1>离线</h1>',
  };
  test('a precached file that fails to download does not fail the install; it is reported', async () => {
    const { source } = build(site(files));
    const worker = runWorker(source, (path) =>
      path === '/lessons/contract/' ? new Response('gone', { status: 404 }) : new Response(path),
    );
    await worker.fire('install');
    const cache = [...worker.stores.entries()].find(([name]) => name !== 'tmc-site-old')![1];
    expect([...cache.keys()].sort()).toEqual(['/', '/offline/']);
    expect(worker.posted).toContainEqual({
      type: 'precache-missing',
      urls: ['/lessons/contract/'],
    });
  });
  test('a server error on a page falls back to the cached copy', async () => {
    const { source } = build(site(files));
    let down = false;
    const worker = runWorker(source, (path) =>
      down ? new Response('oops', { status: 503 }) : new Response(`fresh ${path}`),
    );
    await worker.fire('install');
    down = true;
    const request = new Request(`${ORIGIN}/lessons/contract/`);
    Object.defineProperty(request, 'mode', { value: 'navigate' });
    const response = await worker.fire('fetch', { request });
    expect(response!.status).toBe(200);
    expect(await response!.text()).toBe('fresh /lessons/contract/');
  });
  test('SW_KILL=1 ships a worker that clears its caches and unregisters itself', async () => {
    const dir = site(files);
    execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], {
      stdio: 'pipe',
      env: { ...process.env, SW_KILL: '1' },
    });
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    let unregistered = false;
    const worker = runWorker(source, (path) => new Response(path));
    worker.self.registration.unregister = async () => (unregistered = true);
    await worker.fire('install');
    await worker.fire('activate');
    expect([...worker.stores.keys()]).toEqual([]);
    expect(unregistered).toBe(true);
  });
});
