import { useStore } from '@nanostores/preact';
import { readingAtServer, $reading, markLessonRead, markLessonUnread } from '../stores/reading';
import type { Strings } from './strings';
import type { MARK_READ_KEYS } from './keys';

interface Props {
  lessonId: string;
  strings: Strings<typeof MARK_READ_KEYS>;
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
