import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $mistakes, mistakesAtServer } from '../../stores/mistakes';
import { groupByLesson } from '../../lib/quiz/mistakes';
import { statusAfterRetry, statusOf, type RetryStatus } from '../../lib/quiz/retry';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import MistakeItem from './MistakeItem';
import type { Strings } from '../strings';
import type { MISTAKES_KEYS } from './keys';

interface Props {
  lessons: { id: string; title: string }[];
  questions: LearnerQuestion[];
  strings: Strings<typeof MISTAKES_KEYS>;
}

/** The mistakes book: wrong answers grouped by lesson, each with its explanation and a retry. */
export default function MistakesBook({ lessons, questions, strings: s }: Props) {
  const book = useStore($mistakes, { ssr: mistakesAtServer });
  // Questions retried in this visit stay on screen after leaving the book, so the feedback can be read.
  const [kept, setKept] = useState<Record<string, RetryStatus>>({});
  const byId = new Map(questions.map((q) => [q.id, q]));
  const known = new Map(questions.map((q) => [q.id, q.lesson]));
  const groups = groupByLesson(
    book,
    lessons.map((l) => l.id),
    known,
    Object.keys(kept),
  );
  if (groups.length === 0) return <p class="mistakes-empty">{s['mistakes.empty']}</p>;
  return (
    <div class="mistakes">
      {groups.map((group) => (
        <section key={group.lesson} aria-labelledby={`mistakes-${group.lesson}`}>
          <h2 id={`mistakes-${group.lesson}`}>
            {lessons.find((l) => l.id === group.lesson)?.title}
          </h2>
          {group.ids.map((id) => {
            const q = byId.get(id);
            const entry = book.entries[id];
            if (q === undefined) return null;
            return (
              <MistakeItem
                key={id}
                question={q}
                status={statusOf(book, kept, id)}
                onAnswer={(correct) => {
                  if (entry) setKept({ ...kept, [id]: statusAfterRetry(entry, correct) });
                }}
                strings={s}
              />
            );
          })}
        </section>
      ))}
    </div>
  );
}
