import { useStore } from '@nanostores/preact';
import { readingAtServer, $reading } from '../stores/reading';
import { completion } from '../lib/progress/reading';
import ProgressMeter from './ProgressMeter';

interface Props {
  lessons: { id: string; title: string; order: number }[];
  currentId?: string | undefined;
  strings: Record<
    'lesson.courseNav' | 'lesson.isRead' | 'progress.label' | 'progress.value' | 'common.lessonN',
    string
  >;
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
      <ProgressMeter
        done={done}
        label={strings['progress.label']}
        template={strings['progress.value']}
      />
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
                  {strings['common.lessonN'].replace('{n}', String(lesson.order))}
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
