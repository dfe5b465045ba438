import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $mistakes, mistakesAtServer, recordResults } from '../../stores/mistakes';
import { groupByLesson } from '../../lib/quiz/mistakes';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import MistakeItem, { type ItemStrings } from './MistakeItem';
import type { Strings } from './keys';

interface Props {
  lessons: { id: string; title: string }[];
  questions: LearnerQuestion[];
  strings: ItemStrings & Strings<['mistakes.empty']>;
}

/** The mistakes book: wrong answers grouped by lesson, each with its explanation and a retry. */
export default function MistakesBook({ lessons, questions, strings: s }: Props) {
  const book = useStore($mistakes, { ssr: mistakesAtServer });
  // Questions retried in this visit stay on screen after leaving the book, so the feedback can be read.
  const [kept, setKept] = useState<Record<string, { misses: number; fixes: number }>>({});
  const byId = new Map(questions.map((q) => [q.id, q]));
  const known = new Map(questions.map((q) => [q.id, q.lesson]));
  const shown = { ...book, entries: { ...book.entries } };
  for (const id of Object.keys(kept)) {
    const q = byId.get(id);
    if (shown.entries[id] === undefined && q !== undefined)
      shown.entries[id] = { lesson: q.lesson, missed: '', misses: 0, fixes: [] };
  }
  const groups = groupByLesson(
    shown,
    lessons.map((l) => l.id),
    known,
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
            const status = entry ? { misses: entry.misses, fixes: entry.fixes.length } : kept[id];
            return (
              <MistakeItem
                key={id}
                question={q}
                book={book}
                status={status ?? { misses: 0, fixes: 0 }}
                onAnswer={(correct) => {
                  if (entry)
                    setKept({
                      ...kept,
                      [id]: { misses: entry.misses, fixes: entry.fixes.length + (correct ? 1 : 0) },
                    });
                  recordResults([{ questionId: id, lesson: q.lesson, correct }]);
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
