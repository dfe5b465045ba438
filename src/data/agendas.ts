/**
 * Agenda templates of the workshop area (`content/agendas/*.json`, schema in
 * `src/schemas/agenda.ts`). The files are parsed when this module loads, so a malformed agenda or
 * blocks that do not add up stop the build with a sentence naming the file; `getAgendas` also
 * checks every lesson, scenario and test a block uses against the course.
 */
import { AgendaSchema, type Agenda } from '../schemas/agenda';
import type { ContentIssue } from '../schemas/common';
import { formatIssues } from '../lib/course/validate';
import { checkAgendas } from '../lib/workshop/agendas';

export type { Agenda, AgendaBlock, BlockUse } from '../schemas/agenda';

const files = import.meta.glob<unknown>('../../content/agendas/*.json', {
  eager: true,
  import: 'default',
});

function parseAll(): { file: string; agenda: Agenda }[] {
  const issues: ContentIssue[] = [];
  const entries: { file: string; agenda: Agenda }[] = [];
  for (const [path, data] of Object.entries(files)) {
    const file = path.replace(/^(\.\.\/)+/, '');
    const result = AgendaSchema.safeParse(data);
    if (result.success) entries.push({ file, agenda: result.data });
    else
      for (const issue of result.error.issues)
        issues.push({
          where: file,
          message: `${issue.path.length > 0 ? `${issue.path.join('.')}：` : ''}${issue.message}`,
        });
  }
  if (issues.length > 0) throw new Error(formatIssues(issues));
  return entries;
}

const ENTRIES = parseAll();

/** The agendas in page order (parsed and summed, not yet checked against the course). */
export const AGENDAS: Agenda[] = ENTRIES.map((e) => e.agenda).sort((a, b) => a.order - b.order);

/** The agendas in page order, every id they use checked against the course; throws at build. */
export async function getAgendas(): Promise<Agenda[]> {
  // Loaded here, not at the top, so that unit tests can read AGENDAS without content collections.
  const [{ getLessons }, { getScenarios }, { getBanks }] = await Promise.all([
    import('./course'),
    import('./scenarios'),
    import('./quizzes'),
  ]);
  const [lessons, scenarios, banks] = await Promise.all([getLessons(), getScenarios(), getBanks()]);
  const { agendas, issues } = checkAgendas(ENTRIES, {
    lessons: lessons.map((l) => l.id),
    scenarios: scenarios.map((s) => s.def.id),
    tests: banks.map((b) => b.lesson),
  });
  if (issues.length > 0) throw new Error(formatIssues(issues));
  return agendas;
}
