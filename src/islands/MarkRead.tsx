import { useStore } from '@nanostores/preact';
import { readingAtServer, $reading, markLessonRead, markLessonUnread } from '../stores/reading';

interface Props {
  lessonId: string;
  strings: Record<'lesson.markRead' | 'lesson.markUnread' | 'lesson.isRead', string>;
}

/** The “mark as read” control at the end of a lesson. */
export default function MarkRead({ lessonId, strings }: Props) {
  const reading = useStore($reading, { ssr: readingAtServer });
  const read = reading.read[lessonId] !== undefined;
  return (
    <div class="mark-read" aria-live="polite">
      {read ? (
        <>
          <p class="read-status">✓ {strings['lesson.isRead']}</p>
          <button type="button" class="secondary" onClick={() => markLessonUnread(lessonId)}>
            {strings['lesson.markUnread']}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => markLessonRead(lessonId)}>
          {strings['lesson.markRead']}
        </button>
      )}
    </div>
  );
}
