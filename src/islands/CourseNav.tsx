import { useStore } from '@nanostores/preact';
import { readingAtServer, $reading } from '../stores/reading';
import { completion } from '../lib/progress/reading';
import ProgressMeter from './ProgressMeter';
import { fill } from '../lib/util/template';
import type { Strings } from './strings';
import type { COURSE_NAV_KEYS } from './keys';

interface Props {
  lessons: { id: string; title: string; order: number }[];
  currentId?: string | undefined;
  strings: Strings<typeof COURSE_NAV_KEYS>;
}

/** The course sidebar: every lesson, which ones are read, and the course progress bar. */
export default function CourseNav({ lessons, currentId, strings }: Props) {
  const reading = useStore($reading, { ssr: readingAtServer });
  const done = completion(
    reading,
    lessons.map((lesson) => lesson.id),
  );
  return (
    <nav class="course-nav" aria-label={strings['lesson.courseNav']}>
      <ProgressMeter done={done} strings={strings} />
      <ol>
        {lessons.map((lesson) => {
          const read = reading.read[lesson.id] !== undefined;
          return (
            <li key={lesson.id} class={read ? 'is-read' : undefined}>
              <a
                href={`/lessons/${lesson.id}/`}
                aria-current={lesson.id === currentId ? 'page' : undefined}
              >
                <span class="lesson-no">
                  {fill(strings['common.lessonN'], { n: lesson.order })}
                </span>
                <span class="lesson-name">{lesson.title}</span>
                {read ? (
                  <span class="read-mark">
                    ✓<span class="visually-hidden">{strings['lesson.isRead']}</span>
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
