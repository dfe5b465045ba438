import { useStore } from '@nanostores/preact';
import { readingAtServer, $reading } from '../stores/reading';
import { fill } from '../lib/util/template';
import type { Strings } from './strings';
import type { CONTINUE_KEYS } from './keys';

interface Props {
  lessons: { id: string; title: string }[];
  strings: Strings<typeof CONTINUE_KEYS>;
}

/** Points the learner at the first lesson not yet read. */
export default function ContinueLearning({ lessons, strings }: Props) {
  const reading = useStore($reading, { ssr: readingAtServer });
  const next = lessons.find((lesson) => reading.read[lesson.id] === undefined);
  const anyRead = lessons.some((lesson) => reading.read[lesson.id] !== undefined);
  if (next === undefined) return <p class="continue-done">{strings['path.done']}</p>;
  return (
    <a class="button" href={`/lessons/${next.id}/`}>
      {anyRead ? fill(strings['path.continue'], { title: next.title }) : strings['path.start']}
    </a>
  );
}
