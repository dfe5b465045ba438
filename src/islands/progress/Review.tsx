import { useStore } from '@nanostores/preact';
import { $review, reviewAtServer } from '../../stores/review';
import { $mistakes, mistakesAtServer } from '../../stores/mistakes';
import { $reading, readingAtServer } from '../../stores/reading';
import type { ReviewCardDef } from '../../lib/review/queue';
import ReviewQueue from './ReviewQueue';
import CramMode from './CramMode';
import type { Strings } from '../strings';
import type { REVIEW_KEYS } from './keys';

interface Props {
  cards: ReviewCardDef[];
  lessons: { id: string; title: string }[];
  strings: Strings<typeof REVIEW_KEYS>;
}

/** The daily review queue and the meeting cram mode, over the same cards. */
export default function Review({ cards, lessons, strings }: Props) {
  const progress = {
    review: useStore($review, { ssr: reviewAtServer }),
    mistakes: useStore($mistakes, { ssr: mistakesAtServer }),
    reading: useStore($reading, { ssr: readingAtServer }),
  };
  return (
    <>
      <ReviewQueue cards={cards} progress={progress} strings={strings} />
      <CramMode cards={cards} progress={progress} lessons={lessons} strings={strings} />
    </>
  );
}
