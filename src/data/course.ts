/**
 * The course as pages see it: lessons loaded from `content/lessons`, checked across entries, in
 * order. Any authoring problem stops the build here with sentences an author can act on.
 */
import { getCollection } from 'astro:content';
import { formatIssues, validateCourse, type CourseLesson } from '../lib/course/validate';

let cached: Promise<CourseLesson[]> | undefined;

async function load(): Promise<CourseLesson[]> {
  const entries = await getCollection('lessons');
  const { lessons, issues } = validateCourse(
    entries.map((entry) => ({
      file: entry.filePath ?? `content/lessons/${entry.id}.mdx`,
      entryId: entry.id,
      data: entry.data,
      body: entry.body ?? '',
    })),
  );
  if (issues.length > 0) throw new Error(formatIssues(issues));
  return lessons;
}

/** All lessons in course order, with their sections. */
export function getLessons(): Promise<CourseLesson[]> {
  cached ??= load();
  return cached;
}
