import { useEffect, useRef, useState } from 'preact/hooks';
import { $review, answerReview } from '../../stores/review';
import { dueQueue, nextDue, type Progress, type ReviewCardDef } from '../../lib/review/queue';
import { RATINGS, type RatingName } from '../../lib/review/cards';
import { fill } from '../../lib/util/template';
import { when } from './keys';
import CardFace from './CardFace';
import type { Strings } from '../strings';
import type { REVIEW_KEYS } from './keys';

interface Props {
  cards: ReviewCardDef[];
  progress: Progress;
  strings: Strings<typeof REVIEW_KEYS>;
}

/** Today's due cards, one at a time: recall, reveal, rate; the rating reschedules the card. */
export default function ReviewQueue({ cards, progress, strings: s }: Props) {
  const [revealed, setRevealed] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const now = new Date();
  const due = dueQueue(cards, progress, now);
  const card = due[0];
  const next = nextDue(cards, progress, now);
  useEffect(() => setRevealed(false), [card?.id]);

  const rate = (rating: RatingName) => {
    if (card === undefined) return;
    answerReview(card.id, rating);
    const due = $review.get().cards[card.id]?.due;
    setSaved(due === undefined ? undefined : fill(s['review.saved'], { at: when(due) }));
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="review-due" class="review">
      <h2 id="review-due" ref={heading} tabIndex={-1}>
        {due.length > 0 ? fill(s['review.due'], { n: due.length }) : s['review.none']}
      </h2>
      <div role="status">{saved !== undefined && <p>{saved}</p>}</div>
      {card === undefined ? (
        <p>
          {next === undefined ? s['review.empty'] : fill(s['review.nextAt'], { at: when(next) })}
        </p>
      ) : (
        <article class="review-card" data-card={card.id} key={card.id}>
          <CardFace card={card} revealed={revealed} strings={s} />
          {!revealed ? (
            <button type="button" onClick={() => setRevealed(true)}>
              {s['review.show']}
            </button>
          ) : (
            <fieldset class="review-rate">
              <legend>{s['review.rate']}</legend>
              {RATINGS.map((r) => (
                <button
                  type="button"
                  key={r}
                  class={r === 'again' ? 'secondary' : ''}
                  onClick={() => rate(r)}
                >
                  {s[`review.${r}`]}
                </button>
              ))}
            </fieldset>
          )}
        </article>
      )}
    </section>
  );
}
