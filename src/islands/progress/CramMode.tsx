import { useRef, useState } from 'preact/hooks';
import { cramSet, CRAM_SIZE, type Progress, type ReviewCardDef } from '../../lib/review/queue';
import { fill } from '../../lib/util/template';
import CardFace from './CardFace';
import type { Strings } from '../strings';
import type { REVIEW_KEYS } from './keys';

interface Props {
  cards: ReviewCardDef[];
  progress: Progress;
  lessons: { id: string; title: string }[];
  strings: Strings<typeof REVIEW_KEYS>;
}

/** “我的会议在 ___”: a short set for a meeting; it only reads the schedule, never writes it. */
export default function CramMode({ cards, progress, lessons, strings: s }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [date, setDate] = useState('');
  const [error, setError] = useState('');
  const [set, setSet] = useState<{ date: string; cards: ReviewCardDef[] } | undefined>();
  const [open, setOpen] = useState<string[]>([]);
  const result = useRef<HTMLHeadingElement>(null);

  const build = (e: Event) => {
    e.preventDefault();
    if (date === '') return setError(s['cram.needDate']);
    if (chosen.length === 0) return setError(s['cram.needLesson']);
    setError('');
    const order = lessons.map((l) => l.id).filter((id) => chosen.includes(id));
    setSet({ date, cards: cramSet(cards, progress, order, new Date(`${date}T09:00:00`)) });
    setOpen([]);
    setTimeout(() => result.current?.focus(), 0);
  };
  const toggle = (id: string) =>
    setChosen(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);

  return (
    <section aria-labelledby="cram-title" class="cram">
      <h2 id="cram-title">{s['cram.title']}</h2>
      <p>{fill(s['cram.intro'], { n: CRAM_SIZE })}</p>
      <form onSubmit={build} noValidate>
        <p>
          <label for="cram-date">{s['cram.date']}</label>{' '}
          <input
            id="cram-date"
            type="date"
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </p>
        <fieldset>
          <legend>{s['cram.lessons']}</legend>
          {lessons.map((l) => (
            <label key={l.id} class="choice">
              <input
                type="checkbox"
                checked={chosen.includes(l.id)}
                onChange={() => toggle(l.id)}
              />{' '}
              {l.title}
            </label>
          ))}
        </fieldset>
        <div role="alert">{error !== '' && <p class="error">{error}</p>}</div>
        <button type="submit">{s['cram.build']}</button>
      </form>
      {set !== undefined && (
        <div class="cram-set">
          <h3 ref={result} tabIndex={-1}>
            {fill(s['cram.result'], { date: set.date, n: set.cards.length })}
          </h3>
          {set.cards.length === 0 ? (
            <p>{s['cram.nothing']}</p>
          ) : (
            <ol>
              {set.cards.map((card) => (
                <li key={card.id} class="review-card">
                  <CardFace card={card} revealed={open.includes(card.id)} strings={s} level={4} />
                  {!open.includes(card.id) && (
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => setOpen([...open, card.id])}
                    >
                      {s['review.show']}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
