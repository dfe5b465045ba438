import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LessonSchema } from './schemas/lesson';
import { CardSchema } from './schemas/playbook';
import { ScenarioSchema } from './schemas/scenario';

/**
 * Where content is read from. Tests point this at fixtures (e.g. a lesson with bad frontmatter)
 * to check that the build fails with a useful message.
 */
const contentDir = process.env['COURSE_CONTENT_DIR'] ?? './content';

const lessons = defineCollection({
  loader: glob({ base: `${contentDir}/lessons`, pattern: '**/*.mdx' }),
  schema: LessonSchema,
});

/**
 * Question banks, one YAML file per lesson. Checked by `QuizBankSchema` in src/data/quizzes.ts
 * rather than here, so that a failed build names the file and the question in one sentence.
 */
const quizzes = defineCollection({
  loader: glob({ base: `${contentDir}/quizzes`, pattern: '**/*.{yaml,yml}' }),
  schema: z.looseObject({}),
});

/** Scenario simulators (`content/scenarios/<id>.yaml`); graph rules are checked in src/data/scenarios.ts. */
const scenarios = defineCollection({
  loader: glob({ base: `${contentDir}/scenarios`, pattern: '**/*.yaml' }),
  schema: ScenarioSchema,
});

/** Quick-refresh cards: the playbook facts shown on /refresh/ and inside lessons. */
const playbook = defineCollection({
  loader: glob({ base: `${contentDir}/playbook`, pattern: '*.yaml' }),
  schema: CardSchema,
});

export const collections = { lessons, quizzes, scenarios, playbook };
