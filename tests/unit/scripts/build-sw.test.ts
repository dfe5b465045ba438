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

function build(dir: string): {
  version: string;
  urls: string[];
  trainer: [string, number][];
  source: string;
  log: string;
} {
  const log = execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], {
    stdio: 'pipe',
  }).toString();
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  return {
    source,
    log,
    version: /const VERSION = "([0-9a-f]{16})";/.exec(source)![1]!,
    urls: JSON.parse(/const PRECACHE = (\[.*?\]);\n/.exec(source)![1]!) as string[],
    trainer: JSON.parse(/const TRAINER = (\[.*?\]);\n/.exec(source)![1]!) as [string, number][],
  };
}

describe('scripts/build-sw.mjs', () => {
  const files = {
    'index.html': '<h1>首页</h1><script src="/_astro/client.abc.js"></script>',
    'lessons/contract/index.html': '<h1>合约</h1>',
    'workshop/index.html': '<h1>培训师</h1><script src="/_astro/Console.abc.js"></script>',
    '_astro/client.abc.js': 'export{}',
    '_astro/Console.abc.js': 'export{}',
    'pagefind/pagefind.js': '//',
    'pagefind/pagefind-ui.js': '//',
  };
  test('writes a worker that precaches the learner pack and lists the trainer pack with sizes', () => {
    const worker = build(site(files));
    expect(worker.urls).toEqual([
      '/',
      '/_astro/client.abc.js',
      '/lessons/contract/',
      '/pagefind/pagefind.js',
    ]);
    expect(worker.trainer).toEqual([
      ['/_astro/Console.abc.js', 8],
      ['/workshop/', Buffer.byteLength(files['workshop/index.html'])],
    ]);
    expect(worker.source).not.toContain('__URLS__');
    expect(worker.source).not.toContain('__TRAINER__');
    expect(worker.source).toContain('caches.delete(key)');
    expect(worker.log).toMatch(
      /learner pack: 4 files, [\d.]+ KiB gzip .*trainer pack: 2 files, [\d.]+ KiB gzip/,
    );
  });
  test('a rebuild with changed content gets a new version; an unchanged one keeps it', () => {
    const first = build(site(files));
    expect(build(site(files)).version).toBe(first.version);
    expect(
      build(site({ ...files, 'lessons/contract/index.html': '<h1>合约（改）</h1>' })).version,
    ).not.toBe(first.version);
  });
  test('a page in neither pack fails the build with a message naming it', () => {
    const dir = site({ ...files, 'glossary/index.html': '<h1>术语</h1>' });
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], { stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain('没有归入学员离线包，也没有归入培训师离线包：/glossary/');
  });
});

const ORIGIN = 'https://course.test';

/** Runs a built worker in a small fake of the service-worker globals. */
function runWorker(
  source: string,
  serve: (url: string) => Response,
  before: [string, string[]][] = [['tmc-site-old', []]],
) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const stores = new Map<string, Map<string, Response>>(
    before.map(([name, paths]) => [name, new Map(paths.map((p) => [p, new Response(p)]))]),
  );
  const posted: unknown[] = [];
  const key = (r: string | Request) => new URL(typeof r === 'string' ? r : r.url, ORIGIN).pathname;
  const cacheOf = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const map = stores.get(name)!;
    return {
      put: async (r: string | Request, res: Response) => void map.set(key(r), res),
      match: async (r: string | Request) => map.get(key(r))?.clone(),
      keys: async () => [...map.keys()].map((path) => new Request(new URL(path, ORIGIN))),
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
    // Like the real one: a named cache that does not exist is not created by a match.
    match: async (r: string | Request, options: { cacheName: string }) =>
      stores.get(options.cacheName)?.get(key(r))?.clone(),
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
    'workshop/index.html': '<h1>培训师</h1>',
    'workshop/roster/index.html': '<h1>结果码名单</h1>',
  };
  const trainerOf = (worker: ReturnType<typeof runWorker>, version: string) =>
    [...(worker.stores.get(`tmc-site-trainer-${version}`)?.keys() ?? [])].sort();
  const navigate = (path: string) => {
    const request = new Request(`${ORIGIN}${path}`);
    Object.defineProperty(request, 'mode', { value: 'navigate' });
    return { request };
  };

  test('install stores the learner pack only; a workshop page offline gets the offline page', async () => {
    const { source, version } = build(site(files));
    let online = true;
    const worker = runWorker(source, (path) => {
      if (!online) throw new TypeError('offline');
      return new Response(`fresh ${path}`);
    });
    await worker.fire('install');
    await worker.fire('activate');
    expect([...worker.stores.keys()]).toEqual([`tmc-site-${version}`]);
    expect([...worker.stores.get(`tmc-site-${version}`)!.keys()].sort()).toEqual([
      '/',
      '/lessons/contract/',
      '/offline/',
    ]);
    online = false;
    const response = await worker.fire('fetch', navigate('/workshop/roster/'));
    expect(await response!.text()).toBe('fresh /offline/');
  });
  test('asked for the trainer pack, it reports progress, then done once every file is cached', async () => {
    const { source, version } = build(site(files));
    let online = true;
    const worker = runWorker(source, (path) => {
      if (!online) throw new TypeError('offline');
      return new Response(`fresh ${path}`);
    });
    await worker.fire('install');
    await worker.fire('activate');
    await worker.fire('message', { data: { type: 'cache-trainer-pack' } });
    expect(trainerOf(worker, version)).toEqual(['/workshop/', '/workshop/roster/']);
    const bytes = [files['workshop/index.html'], files['workshop/roster/index.html']].map((b) =>
      Buffer.byteLength(b),
    );
    const totalBytes = bytes[0]! + bytes[1]!;
    expect(worker.posted).toEqual([
      { type: 'trainer-pack-progress', done: 0, total: 2, bytes: 0, totalBytes },
      { type: 'trainer-pack-progress', done: 1, total: 2, bytes: bytes[0], totalBytes },
      { type: 'trainer-pack-progress', done: 2, total: 2, bytes: totalBytes, totalBytes },
      { type: 'trainer-pack-done', total: 2, totalBytes },
    ]);
    online = false;
    const response = await worker.fire('fetch', navigate('/workshop/roster/'));
    expect(await response!.text()).toBe('fresh /workshop/roster/');
    // Asked again: nothing to fetch, done at once.
    worker.posted.length = 0;
    await worker.fire('message', { data: { type: 'cache-trainer-pack' } });
    expect(worker.posted).toEqual([
      { type: 'trainer-pack-progress', done: 2, total: 2, bytes: totalBytes, totalBytes },
      { type: 'trainer-pack-done', total: 2, totalBytes },
    ]);
  });
  test('a trainer file that fails is named in a failure message, and no done is sent', async () => {
    const { source, version } = build(site(files));
    const worker = runWorker(source, (path) =>
      path === '/workshop/roster/' ? new Response('oops', { status: 500 }) : new Response(path),
    );
    await worker.fire('install');
    await worker.fire('message', { data: { type: 'cache-trainer-pack' } });
    expect(trainerOf(worker, version)).toEqual(['/workshop/']);
    expect(worker.posted.at(-1)).toEqual({
      type: 'trainer-pack-failed',
      urls: ['/workshop/roster/'],
      done: 1,
      total: 2,
    });
    expect(worker.posted).not.toContainEqual(
      expect.objectContaining({ type: 'trainer-pack-done' }),
    );
  });
  test('a new version keeps a trainer’s pack: it is cached again on install', async () => {
    const { source, version } = build(site(files));
    const worker = runWorker(source, (path) => new Response(path), [
      ['tmc-site-old', ['/']],
      ['tmc-site-trainer-old', ['/workshop/']],
    ]);
    await worker.fire('install');
    expect(trainerOf(worker, version)).toEqual(['/workshop/', '/workshop/roster/']);
    await worker.fire('activate');
    expect([...worker.stores.keys()].sort()).toEqual([
      `tmc-site-${version}`,
      `tmc-site-trainer-${version}`,
    ]);
  });
  test('a precached file that fails to download does not fail the install; it is reported', async () => {
    const { source } = build(site(files));
    const worker = runWorker(source, (path) =>
      path === '/lessons/contract/' ? new Response('gone', { status: 404 }) : new Response(path),
    );
    await worker.fire('install');
    const cache = worker.stores.get(`tmc-site-${build(site(files)).version}`)!;
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
