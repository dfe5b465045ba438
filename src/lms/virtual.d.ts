/** The course table, generated at packaging time by `scripts/package-lms.mjs` from the content. */
declare module 'virtual:tmc-lms-course' {
  import type { LmsCourse } from '../lib/lms/course';
  const course: LmsCourse;
  export default course;
}
