/**
 * Byte budgets of the built pages: the one place they are written. pages.spec.ts measures every
 * page once (the JavaScript it runs, gzip) and holds it to the first budget whose pattern matches.
 */
export interface JsBudget {
  /** The pages it applies to (URL path). */
  match: RegExp;
  /** gzip bytes of all JavaScript the page runs once every island has hydrated. */
  gzip: number;
  /** Why this figure (the issue that set it). */
  why: string;
  /** Islands that must be among the files counted (a budget met by not loading them means nothing). */
  islands?: readonly string[];
  /** Files that must not load up front (lazy parts loaded only on a learner's action). */
  lazy?: RegExp;
}

const KB = 1024;

export const JS_BUDGETS: readonly JsBudget[] = [
  {
    match: /^\/lessons\/[a-z0-9-]+\/$/,
    gzip: 25 * KB,
    why: 'issue 3: a lesson with self-checks, all hydrated (15 KB before any self-check loads, below)',
    islands: ['MarkRead'],
  },
  {
    match: /^\/(lessons\/[a-z0-9-]+\/test\/|practice\/.*)$/,
    gzip: 25 * KB,
    why: 'issue 3: quiz pages, result-code island included (its encoder and QR load on click)',
  },
  {
    match: /^\/scenarios\/[a-z0-9-]+\/(debrief\/)?$/,
    gzip: 30 * KB,
    why: 'issue 4: a scenario player or its debrief',
  },
  {
    match: /^\/workshop\/present\//,
    gzip: 30 * KB,
    why: 'issue 6: a presenter console',
    islands: ['PresenterConsole'],
  },
  {
    match: /^\/workshop\/audience\/$/,
    gzip: 30 * KB,
    why: 'issue 6: the audience screen',
    islands: ['Audience'],
  },
  {
    match: /^\/workshop\/roster\/$/,
    gzip: 30 * KB,
    why: 'issue 15: the roster (paste box, 扫码收卷, charts); the QR decoder loads only with the camera, the scenario engine only for competency averages',
    islands: ['Roster'],
    lazy: /\/(jsQR|competencies)\./,
  },
  {
    match: /^\/search\/$/,
    gzip: 45 * KB,
    why: 'the search page: pagefind’s runtime loads here and nowhere else (42 KB measured 2026-11-29)',
  },
  {
    match: /^\/(progress|review)\/$/,
    gzip: 40 * KB,
    why: 'issue 5: dashboard and review, ts-fsrs included',
  },
  {
    match: /^\//,
    gzip: 30 * KB,
    why: 'every other page: no more than the heaviest learner page above',
  },
];

/** Issue 2: a lesson ships at most 15 KB gzip of JavaScript before any self-check loads. */
export const LESSON_FIRST_VIEW_JS = 15 * KB;
/** HTML of a lesson page (gzip): long lessons must not bloat the document. */
export const LESSON_HTML_GZIP = 30 * KB;

export function budgetFor(path: string): JsBudget {
  const budget = JS_BUDGETS.find((b) => b.match.test(path));
  if (!budget) throw new Error(`no JavaScript budget matches ${path}`);
  return budget;
}
