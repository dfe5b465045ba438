import { z } from 'astro/zod';

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

/** One competency id. */
export const CompetencySchema = z.enum(COMPETENCIES, {
  error: `能力项必须是以下之一：${COMPETENCIES.join('、')}`,
});

export type Competency = z.output<typeof CompetencySchema>;
