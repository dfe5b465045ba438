// Builds the pagefind search index of the built site (dist/pagefind/). Same as `pagefind --site dist`,
// except that each page is indexed with variant characters folded (帐 → 账, src/lib/search/fold.ts);
// the search page folds the query the same way, so 对帐 and 对账 find the same pages in the same order.
// The pages themselves are not changed: deck quotes keep the deck's 帐.
// Usage: node scripts/build-search.mjs [distDir]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { foldVariants } from '../src/lib/search/fold.ts';

const dist = process.argv[2] ?? 'dist';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : walk(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

function fail(what, errors) {
  console.error(`搜索索引没有建成：${what}\n${errors.join('\n')}`);
  process.exitCode = 1;
}

const { index, errors } = await pagefind.createIndex();
if (index === undefined) {
  fail('pagefind 无法启动', errors);
} else {
  let pages = 0;
  for (const path of walk(dist)) {
    const added = await index.addHTMLFile({
      sourcePath: relative(dist, path).replaceAll('\\', '/'),
      content: foldVariants(readFileSync(path, 'utf8')),
    });
    if (added.errors.length > 0) {
      fail(path, added.errors);
      break;
    }
    pages += 1;
  }
  if (process.exitCode === undefined) {
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) fail('写入 dist/pagefind 失败', written.errors);
    else console.log(`搜索索引已建好：${pages} 个页面（帐/账 等异体字已归并）。`);
  }
}
await pagefind.close();
