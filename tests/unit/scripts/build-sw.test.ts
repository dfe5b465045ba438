import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

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
