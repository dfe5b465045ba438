// Writes dist/sw.js: the service worker with its two packs (src/lib/offline/precache.ts): the
// learner pack it precaches on install and the trainer pack it caches on request, and a version
// made of every file's content hash. Runs after `astro build` and `pagefind`, so the search index
// is included. Prints the bytes each pack transfers (gzip, as a compressing web server sends them).
// Usage: node scripts/build-sw.mjs [distDir]
// With SW_KILL=1 it writes the kill switch instead (scripts/sw-kill.js): a worker that clears the
// site's caches and unregisters itself (README, "Retiring the service worker").
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { planPrecache, urlOf } from '../src/lib/offline/precache.ts';

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

const files = walk(dist).map((path) => {
  const bytes = readFileSync(path);
  const rel = relative(dist, path).replaceAll('\\', '/');
  return {
    path: rel,
    hash: sha256(bytes),
    size: bytes.length,
    // pagefind's index files are compressed already; a server sends the smaller of the two
    gzip: Math.min(bytes.length, gzipSync(bytes).length),
    text: /\.(html|css|js)$/.test(rel) ? bytes.toString('utf8') : undefined,
  };
});

let plan;
try {
  plan = planPrecache(files, sha256);
} catch (error) {
  console.error(`sw: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const byUrl = new Map(files.map((file) => [urlOf(file.path), file]));
const template = readFileSync(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(plan.version))
  .replace('__URLS__', JSON.stringify(plan.learner))
  .replace('__TRAINER__', JSON.stringify(plan.trainer.map((url) => [url, byUrl.get(url).size])));
writeFileSync(join(dist, 'sw.js'), worker);

const sum = (urls, key) => urls.reduce((total, url) => total + byUrl.get(url)[key], 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const report = (name, urls) =>
  `${name} ${urls.length} files, ${kib(sum(urls, 'gzip'))} gzip (${kib(sum(urls, 'size'))} uncompressed)`;
console.log(
  `sw: version ${plan.version}; installs the ${report('learner pack:', plan.learner)}; ` +
    `「离线备课」 adds the ${report('trainer pack:', plan.trainer)}`,
);
if (plan.unreferenced.length > 0)
  console.log(`sw: no page loads ${plan.unreferenced.join(', ')}; kept in the learner pack`);
