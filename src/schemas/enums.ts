/**
 * Plain constant lists shared by schemas and runtime code. Kept free of zod so that engines and
 * islands can import them without shipping the schema library to the browser.
 */

/**
 * The competencies the whole course trains and scores, one per stage of the sale. Fixed site-wide:
 * scenarios, quizzes and the progress dashboard all report against this list. Labels live in the
 * dictionary under `competency.<id>` (see `src/i18n/zh-CN/scenarios.ts`).
 */
export const COMPETENCIES = [
  'client-selection',
  'intelligence',
  'competitor-strategy',
  'meetings-proposal',
  'contract',
  'customer-care',
] as const;

/** How a scenario run ended, best first: a clean win, a partial result, a win that carries real risk, a loss. */
export const OUTCOMES = ['won', 'partial', 'risky-win', 'lost'] as const;
