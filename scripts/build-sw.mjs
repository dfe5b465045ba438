// Writes dist/sw.js: the service worker with the list of every built file and a version made of
// their content hashes. Runs after `astro build` and `pagefind`, so the search index is included.
// Usage: node scripts/build-sw.mjs [distDir]
// With SW_KILL=1 it writes the kill switch instead (scripts/sw-kill.js): a worker that clears the
// site's caches and unregisters itself (README, "Retiring the service worker").
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPrecached, planPrecache } from '../src/lib/offline/precache.ts';

const dist = process.argv[2] ?? 'dist';
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

if (process.env.SW_KILL === '1') {
  const kill = readFileSync(fileURLToPath(new URL('./sw-kill.js', import.meta.url)), 'utf8');
  writeFileSync(join(dist, 'sw.js'), kill);
  console.log('sw: SW_KILL=1, wrote the self-unregistering kill-switch worker');
  process.exit(0);
}

const files = walk(dist).map((path) => ({
  path: relative(dist, path).replaceAll('\\', '/'),
  hash: sha256(readFileSync(path)),
  size: statSync(path).size,
}));
const plan = planPrecache(files, sha256);
const template = readFileSync(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(plan.version))
  .replace('__URLS__', JSON.stringify(plan.urls));
writeFileSync(join(dist, 'sw.js'), worker);

const bytes = files
  .filter((file) => isPrecached(file.path))
  .reduce((sum, file) => sum + file.size, 0);
console.log(
  `sw: ${plan.urls.length} files precached (${(bytes / 1024).toFixed(1)} KiB), version ${plan.version}`,
);
