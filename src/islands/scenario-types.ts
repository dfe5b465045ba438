/** Props shared by the scenario islands: plain data prepared by the pages. */
import type { LessonLink } from '../schemas/scenario';

/** Where a lesson link goes and what it says, keyed by `lesson#section`. */
export type LinkMap = Record<string, { href: string; label: string }>;

export const linkKey = (link: LessonLink): string => `${link.lesson}#${link.section}`;
