import { useMemo } from 'preact/hooks';
import { $review, reviewAtServer } from '../../stores/review';
import { $mistakes, mistakesAtServer } from '../../stores/mistakes';
import { $reading, readingAtServer } from '../../stores/reading';
import type { ReviewCardDef } from '../../lib/review/queue';
import { courseCards } from '../../lib/review/content';
import type { BankSource } from '../../lib/content/data-files';
import type { Pool } from '../../lib/quiz/draw';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import ReviewQueue from './ReviewQueue';
import CramMode from './CramMode';
import DataGate from '../DataGate';
import { usePools } from '../use-data';
import { useStored } from '../use-stored';
import type { Strings } from '../strings';
import type { REVIEW_KEYS } from './keys';

interface Props {
  /** The objective cards of every lesson (the question cards come from the banks). */
  points: ReviewCardDef[];
  /** Every lesson's bank (shared files). */
  banks: BankSource[];
  lessons: { id: string; title: string }[];
  strings: Strings<typeof REVIEW_KEYS>;
}

/** The daily review queue and the meeting cram mode, over the same cards, once the banks are in. */
export default function Review({ points, banks, lessons, strings: s }: Props) {
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
        <ReviewViews
          points={points}
          pools={value}
          lessons={lessons}
          strings={s}
          hydrating={hydrating}
        />
      )}
    </DataGate>
  );
}

interface ViewsProps {
  points: ReviewCardDef[];
  pools: Pool<LearnerQuestion>[];
  lessons: { id: string; title: string }[];
  strings: Strings<typeof REVIEW_KEYS>;
  /** Rendering over the server's HTML (see `DataGate`). */
  hydrating: boolean;
}

function ReviewViews({ points, pools, lessons, strings: s, hydrating }: ViewsProps) {
  const progress = {
    review: useStored($review, reviewAtServer, hydrating),
    mistakes: useStored($mistakes, mistakesAtServer, hydrating),
    reading: useStored($reading, readingAtServer, hydrating),
  };
  const cards = useMemo(
    () =>
      courseCards(
        lessons.map((l) => l.id),
        points,
        pools,
        { yes: s['quiz.true'], no: s['quiz.false'] },
      ),
    [lessons, points, pools, s],
  );
  return (
    <>
      <ReviewQueue cards={cards} progress={progress} strings={s} />
      <CramMode cards={cards} progress={progress} lessons={lessons} strings={s} />
    </>
  );
}
