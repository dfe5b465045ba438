import type { ReviewCardDef } from '../../lib/review/queue';
import type { Strings } from '../strings';
import type { REVIEW_KEYS } from './keys';

interface Props {
  card: ReviewCardDef;
  revealed: boolean;
  strings: Strings<typeof REVIEW_KEYS>;
  /** Heading level of the card's title. */
  level?: 3 | 4;
}

/** A card's question side, and its answer once revealed. */
export default function CardFace({ card, revealed, strings: s, level = 3 }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <p class="card-kind">{s[`review.kind.${card.kind}`]}</p>
      <Heading class="card-front">
        {card.front.split('\n').map((line, i) => (
          <span key={i} class="card-line">
            {line}
          </span>
        ))}
      </Heading>
      {card.kind === 'point' && <p class="hint">{s['review.pointHint']}</p>}
      {revealed && (
        <div class="card-back">
          <p class="card-answer">{s['review.answer']}</p>
          <ul>
            {card.back.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <p>
            <a href={card.href}>{s['review.source']}</a>
          </p>
        </div>
      )}
    </>
  );
}
