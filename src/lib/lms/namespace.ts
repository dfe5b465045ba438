/** The storage namespace of one course for one LMS registration. */
import { shortHash } from '../storage/namespace';

/**
 * `lms-<hash>` of the course id, the registration (SCORM learner id, cmi5 registration) and the
 * folder the package was launched from (which an LMS gives each activity), so two packages on one
 * LMS origin, the same package in two activities, or two learners on one computer never share data.
 */
export function courseNamespace(
  courseId: string,
  registration: string,
  launchPath: string,
): string {
  const folder = launchPath.replace(/[^/]*$/, '');
  return `lms-${shortHash(`${courseId}\n${registration}\n${folder}`)}`;
}
