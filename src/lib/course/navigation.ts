/** Minimal shape navigation needs; lessons are given in course order. */
export interface NavItem {
  id: string;
  title: string;
}

/** The lessons before and after `id`, or `undefined` at either end of the course. */
export function neighbours<T extends NavItem>(
  lessons: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}

/** The URL of a lesson page, optionally of one of its sections. */
export function lessonHref(id: string, section?: string): string {
  return section === undefined ? `/lessons/${id}/` : `/lessons/${id}/#${section}`;
}
