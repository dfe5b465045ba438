import { useStore } from '@nanostores/preact';
import { readingAtServer, $reading } from '../stores/reading';

interface Props {
  lessons: { id: string; title: string }[];
  strings: Record<'path.start' | 'path.continue' | 'path.done', string>;
}

/** Points the learner at the first lesson not yet read. */
export default function ContinueLearning({ lessons, strings }: Props) {
  const reading = useStore($reading, { ssr: readingAtServer });
  const next = lessons.find((lesson) => reading.read[lesson.id] === undefined);
  const anyRead = lessons.some((lesson) => reading.read[lesson.id] !== undefined);
  if (next === undefined) return <p class="continue-done">{strings['path.done']}</p>;
  return (
    <a class="button" href={`/lessons/${next.id}/`}>
      {anyRead ? strings['path.continue'].replace('{title}', next.title) : strings['path.start']}
    </a>
  );
}
