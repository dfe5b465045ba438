import { atom } from 'nanostores';
import { createSerialSearch } from '../lib/search/serial';
import { toResultView, type PagefindData, type ResultView } from '../lib/search/results';
import { foldVariants } from '../lib/search/fold';
import { queryTerms, rankHits } from '../lib/search/rank';

/** What the search page shows. */
export interface SearchState {
  status: 'idle' | 'searching' | 'done' | 'error';
  query: string;
  results: ResultView[];
}

interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/**
 * Pagefind's bundle, written next to the built site by `scripts/build-search.mjs` (`npm run build`). Resolved from this
 * chunk (`<site>/_astro/…`) rather than from `/`, so the site also searches when it is served from
 * a sub-path (a course package inside an LMS).
 */
const PAGEFIND_PATH = '../pagefind/pagefind.js';
const MAX_RESULTS = 10;
/** Hits loaded for re-ranking (pagefind's own order is weak for Chinese terms it splits). */
const RANK_POOL = 24;
const DEBOUNCE_MS = 250;

export const $search = atom<SearchState>({ status: 'idle', query: '', results: [] });

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (
    import(/* @vite-ignore */ new URL(PAGEFIND_PATH, import.meta.url).href) as Promise<Pagefind>
  ).then(async (module) => {
    await module.init();
    return module;
  });
  return pagefind;
}

async function run(typed: string): Promise<ResultView[]> {
  // The index is built with variant characters folded (帐 → 账); fold the query the same way.
  const query = foldVariants(typed);
  const found = await (await loadPagefind()).search(query);
  const pool = await Promise.all(
    (found?.results ?? []).slice(0, RANK_POOL).map((result) => result.data()),
  );
  const terms = queryTerms(query);
  return rankHits(query, pool)
    .slice(0, MAX_RESULTS)
    .map((data) => toResultView(data, terms));
}

const serial = createSerialSearch(
  run,
  (query, results) => $search.set({ status: 'done', query, results }),
  (query) => {
    pagefind = undefined;
    $search.set({ status: 'error', query, results: [] });
  },
);

let timer: ReturnType<typeof setTimeout> | undefined;

/** Searches for `query` after the learner stops typing; an empty query clears the results. */
export function searchFor(query: string, delay = DEBOUNCE_MS): void {
  const trimmed = query.trim();
  clearTimeout(timer);
  if (trimmed === '') {
    $search.set({ status: 'idle', query: '', results: [] });
    return;
  }
  $search.set({ ...$search.get(), status: 'searching', query: trimmed });
  timer = setTimeout(() => serial.ask(trimmed), delay);
}

/** Starts loading the index before the first keystroke. */
export function preloadSearch(): void {
  loadPagefind().catch(() => {
    pagefind = undefined;
  });
}
