import { z } from 'astro/zod';

import { COMPETENCIES } from './enums';

export { COMPETENCIES };

/** One competency id. */
export const CompetencySchema = z.enum(COMPETENCIES, {
  error: `能力项必须是以下之一：${COMPETENCIES.join('、')}`,
});

export type Competency = z.output<typeof CompetencySchema>;
