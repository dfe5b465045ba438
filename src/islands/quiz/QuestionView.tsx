import type { Answer, Grade } from '../../lib/quiz/grade';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import { assertNever } from '../../lib/util/guards';
import { fill } from '../../lib/util/template';
import ChoiceFeedback from './Feedback';
import type { Strings } from '../strings';
import type { QUESTION_KEYS } from './keys';

interface Props {
  question: LearnerQuestion;
  /** Display order of option / item / choice ids (from `displayOrder`). */
  order: readonly string[];
  answer: Answer;
  onChange: (answer: string[]) => void;
  /** Set once answered: controls lock and feedback shows. */
  graded?: Grade | undefined;
  /** 1-based position in a test; omitted for a lone self-check. */
  number?: number;
  /** Unique prefix for ids and radio names on the page. */
  name: string;
  strings: Strings<typeof QUESTION_KEYS>;
}

/** One question as native form controls in a fieldset: every kind works by keyboard and touch. */
export default function QuestionView({
  question: q,
  order,
  answer,
  onChange,
  graded,
  number,
  name,
  strings: s,
}: Props) {
  const locked = graded !== undefined;
  const kind = s[`quiz.kind.${q.type}`];
  const hint =
    q.type === 'multiple' || q.type === 'ordering' || q.type === 'matching'
      ? s[`quiz.hint.${q.type}`]
      : undefined;
  const label = `${number !== undefined ? `${fill(s['quiz.number'], { n: number })} · ` : ''}${kind}`;
  const slot = (i: number) => answer[i] ?? '';
  const setSlot = (i: number, value: string, size: number) => {
    const next = Array.from({ length: size }, (_, j) => slot(j));
    next[i] = value;
    onChange(next);
  };
  /** The answer controls: one branch per kind, so a kind added to the schema fails the type check here. */
  const controls = () => {
    switch (q.type) {
      case 'single':
      case 'case':
      case 'multiple':
        return (
          <ul class="q-options">
            {order.map((id) => {
              const option = q.options.find((o) => o.id === id);
              if (option === undefined) return null;
              const multi = q.type === 'multiple';
              const chosen = answer.includes(id);
              return (
                <li key={id}>
                  <label class="q-option">
                    <input
                      type={multi ? 'checkbox' : 'radio'}
                      name={name}
                      value={id}
                      checked={chosen}
                      disabled={locked}
                      onChange={() =>
                        onChange(
                          multi
                            ? chosen
                              ? answer.filter((a) => a !== id)
                              : [...answer, id]
                            : [id],
                        )
                      }
                    />
                    <span>{option.text}</span>
                  </label>
                  {locked && (
                    <ChoiceFeedback
                      chosen={chosen}
                      correct={option.correct}
                      text={option.feedback}
                      strings={s}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        );
      case 'truefalse':
        return (
          <ul class="q-options">
            {(['true', 'false'] as const).map((value) => (
              <li key={value}>
                <label class="q-option">
                  <input
                    type="radio"
                    name={name}
                    value={value}
                    checked={answer[0] === value}
                    disabled={locked}
                    onChange={() => onChange([value])}
                  />
                  <span>{s[`quiz.${value}`]}</span>
                </label>
                {locked && (
                  <ChoiceFeedback
                    chosen={answer[0] === value}
                    correct={String(q.answer) === value}
                    text={`${s[value === 'true' ? 'quiz.ifTrue' : 'quiz.ifFalse']}${value === 'true' ? q.ifTrue : q.ifFalse}`}
                    strings={s}
                  />
                )}
              </li>
            ))}
          </ul>
        );
      case 'ordering':
      case 'matching':
        return (
          <ol class={`q-slots q-${q.type}`}>
            {(q.type === 'ordering' ? q.items : q.pairs).map((row, i, rows) => {
              const label = q.type === 'ordering' ? fill(s['quiz.step'], { n: i + 1 }) : row.text;
              const choices = order
                .map((id) => (q.type === 'ordering' ? q.items : q.choices).find((c) => c.id === id))
                .filter((c) => c !== undefined);
              const expected = 'match' in row ? row.match : row.id;
              const expectedText =
                (q.type === 'ordering' ? q.items : q.choices).find((c) => c.id === expected)
                  ?.text ?? '';
              const ok = graded?.parts[i] === true;
              return (
                <li key={row.id}>
                  <label for={`${name}-${i}`}>{label}</label>
                  <select
                    id={`${name}-${i}`}
                    value={slot(i)}
                    disabled={locked}
                    onChange={(e) => setSlot(i, e.currentTarget.value, rows.length)}
                  >
                    <option value="">{s['quiz.choose']}</option>
                    {choices.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.text}
                      </option>
                    ))}
                  </select>
                  {locked && (
                    <p class={`q-fb ${ok ? 'is-right' : 'is-wrong'}`}>
                      <strong>{ok ? `✓ ${s['quiz.mark.ok']}` : `✗ ${s['quiz.mark.no']}`}</strong>
                      {!ok && ` ${s['quiz.correctIs']}${expectedText}。`} {row.feedback}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        );
      default:
        return assertNever(q);
    }
  };
  return (
    <div class="q" id={name} data-question={q.id}>
      <p class="q-kind" aria-hidden="true">
        {label}
      </p>
      {q.type === 'case' && (
        <p class="q-scenario" id={`${name}-scenario`}>
          {q.scenario}
        </p>
      )}
      <fieldset
        aria-describedby={
          [q.type === 'case' ? `${name}-scenario` : '', hint ? `${name}-hint` : '']
            .join(' ')
            .trim() || undefined
        }
      >
        <legend>
          <span class="visually-hidden">{label}：</span>
          <span class="q-prompt">{q.prompt}</span>
        </legend>
        {hint && (
          <p class="q-hint" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        {controls()}
      </fieldset>
      {locked && (
        <div class={`q-result ${graded.correct ? 'is-right' : 'is-wrong'}`}>
          <p class="q-verdict">
            <strong>{graded.correct ? `✓ ${s['quiz.right']}` : `✗ ${s['quiz.wrong']}`}</strong>
          </p>
          <p>
            <strong>{s['quiz.explanation']}</strong>
            {q.explanation}
          </p>
          <p>
            <a href={`/lessons/${q.lesson}/#${q.section ?? ''}`}>
              {s['quiz.seeLesson']}
              {q.sectionTitle ?? q.section}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
