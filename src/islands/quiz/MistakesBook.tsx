import { useState } from 'preact/hooks';
import { $mistakes, mistakesAtServer } from '../../stores/mistakes';
import { groupByLesson } from '../../lib/quiz/mistakes';
import { statusAfterRetry, statusOf, type RetryStatus } from '../../lib/quiz/retry';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import type { BankSource } from '../../lib/content/data-files';
import MistakeItem from './MistakeItem';
import DataGate from '../DataGate';
import { usePools } from '../use-data';
import { useStored } from '../use-stored';
import type { Strings } from '../strings';
import type { MISTAKES_KEYS } from './keys';

interface Props {
  lessons: { id: string; title: string }[];
  /** Every lesson's bank (shared files): a mistake can come from any test. */
  banks: BankSource[];
  strings: Strings<typeof MISTAKES_KEYS>;
}

/** The mistakes book: loads the banks, then lists the learner's wrong answers. */
export default function MistakesBook({ lessons, banks, strings: s }: Props) {
  const [pools, retry] = usePools(banks);
  return (
    <DataGate
      loaded={pools}
      loading={s['quiz.loading']}
      failed={s['quiz.loadFailed']}
      retry={s['common.reload']}
      onRetry={retry}
    >
      {(value, hydrating) => (
        <Mistakes
          lessons={lessons}
          questions={value.flatMap((p) => p.questions)}
          strings={s}
          hydrating={hydrating}
        />
      )}
    </DataGate>
  );
}

interface MistakesProps {
  lessons: { id: string; title: string }[];
  questions: readonly LearnerQuestion[];
  strings: Strings<typeof MISTAKES_KEYS>;
  /** Rendering over the server's HTML (see `DataGate`). */
  hydrating: boolean;
}

/** Wrong answers grouped by lesson, each with its explanation and a retry. */
function Mistakes({ lessons, questions, strings: s, hydrating }: MistakesProps) {
  const book = useStored($mistakes, mistakesAtServer, hydrating);
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
