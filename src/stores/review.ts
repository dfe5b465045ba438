import { persistentAtom } from '@nanostores/persistent';
import { versionedCodec } from './storage';
import { answerCard, reviewFormat, type RatingName, type ReviewState } from '../lib/review/cards';
import { STORE_KEYS } from '../lib/storage/keys';

export const REVIEW_KEY = STORE_KEYS.review;

/** The spaced-review schedule of every card answered so far; synced across open tabs. */
export const $review = persistentAtom<ReviewState>(
  REVIEW_KEY,
  reviewFormat.initial(),
  versionedCodec(REVIEW_KEY, reviewFormat),
);

const SERVER_VALUE = reviewFormat.initial();
/** Server-side value for `useStore($review, { ssr: reviewAtServer })` (see stores/reading.ts). */
export const reviewAtServer = (): ReviewState => SERVER_VALUE;

/** Records the learner's answer to a due card and reschedules it. */
export function answerReview(id: string, rating: RatingName, now: Date = new Date()): void {
  $review.set(answerCard($review.get(), id, rating, now));
}
