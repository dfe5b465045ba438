import { useEffect, useState } from 'preact/hooks';
import type { AudienceStep, AudienceView } from '../../lib/workshop/audience';
import { fill } from '../../lib/util/template';
import { assertNever } from '../../lib/util/guards';
import type { Strings } from '../strings';
import type { AUDIENCE_KEYS } from './present-keys';

interface Props {
  view: AudienceView;
  s: Strings<typeof AUDIENCE_KEYS>;
  /** Heading level of the screen's title: 1 on the projector, lower inside the console. */
  level: 1 | 3 | 4;
}

/** Renders exactly what the projector shows; the console reuses it for its previews. */
export function AudienceScreen({ view, s, level }: Props) {
  const H = `h${level}` as 'h1';
  switch (view.kind) {
    case 'idle':
      return (
        <div class="aud aud-idle">
          <H>{s['audience.idle']}</H>
          <p>{s['audience.idleHow']}</p>
        </div>
      );
    case 'hidden':
      return (
        <div class="aud aud-hidden">
          <p>{s['audience.hidden']}</p>
        </div>
      );
    case 'ending':
      return (
        <div class="aud aud-ending">
          <p class="aud-item">{view.item}</p>
          <p class={`aud-outcome outcome-${view.outcome}`}>
            {fill(s['audience.outcome'], { outcome: s[`outcome.${view.outcome}`] })}
          </p>
          <H class="aud-title">{view.title}</H>
          {view.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      );
    case 'done':
      return (
        <div class="aud aud-done">
          <p class="aud-item">{view.item}</p>
          <H class="aud-title">{fill(s['audience.done'], { n: view.count })}</H>
        </div>
      );
    case 'step':
      return <Step view={view} s={s} H={H} />;
    default:
      return assertNever(view);
  }
}

function Step({ view, s, H }: { view: AudienceStep; s: Strings<typeof AUDIENCE_KEYS>; H: 'h1' }) {
  const number =
    view.of === undefined
      ? fill(s['audience.step'], { n: view.number })
      : fill(s['audience.question'], { n: view.number, of: view.of });
  const votes =
    view.options.length > 0 ||
    view.answer !== undefined ||
    view.feedback !== undefined ||
    view.timer !== undefined;
  // Once the answer shows, it holds every step of an ordering question and every left-hand item of
  // a matching one with its match, so those shuffled lists give way to it (a matching question
  // keeps its choices: one may match nothing). The projector has no room to say things twice.
  const lists = view.lists
    .map((list, i) => ({ list, i }))
    .filter(({ i }) => view.answer === undefined || (view.lists.length === 2 && i === 1));
  // Three regions, so the projector can set the story beside the votes on a wide window.
  return (
    <div class={votes ? 'aud aud-step has-votes' : 'aud aud-step'}>
      <div class="aud-head">
        <p class="aud-meta">
          <span class="aud-item">
            {view.item} · {number}
          </span>
          {view.total !== undefined && view.options.length > 0 && (
            <span class="aud-total">{fill(s['audience.total'], { n: view.total })}</span>
          )}
        </p>
        <div class="aud-heading">
          <H class="aud-title">{view.title}</H>
          {view.speaker !== undefined && <p class="aud-speaker">{view.speaker}</p>}
        </div>
      </div>
      <div class="aud-story">
        {view.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {view.clues.length > 0 && (
          <div class="aud-clues">
            <p class="aud-label">{s['audience.clues']}</p>
            <ul>
              {view.clues.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        {lists.length > 0 && (
          <div class="aud-lists">
            {lists.map(({ list, i }) => (
              <div class="aud-list" key={i}>
                <p class="aud-label">
                  {view.lists.length === 1
                    ? s['audience.steps']
                    : i === 0
                      ? s['audience.lists']
                      : s['audience.listChoices']}
                </p>
                <ul>
                  {list.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        {view.prompt !== undefined && <p class="aud-prompt">{view.prompt}</p>}
      </div>
      {votes && <Votes view={view} s={s} />}
    </div>
  );
}

/** The options with the room's votes, then the answer, feedback and timer: what the room votes on and learns. */
function Votes({ view, s }: { view: AudienceStep; s: Strings<typeof AUDIENCE_KEYS> }) {
  return (
    <div class="aud-votes">
      {view.options.length > 0 && (
        <ol class="aud-options">
          {view.options.map((o) => (
            <li key={o.id} class={o.expert === true ? 'is-expert' : undefined}>
              <span class="aud-letter" aria-hidden="true">
                {o.letter}
              </span>
              <span class="visually-hidden">{o.letter}. </span>
              <span class="aud-option-label">{o.label}</span>
              {o.count !== undefined && (
                <span class="aud-result">
                  <span class="aud-track" aria-hidden="true">
                    <span class="aud-bar" style={{ inlineSize: `${o.percent ?? 0}%` }} />
                  </span>
                  <span class="aud-count">
                    {fill(s['audience.count'], { n: o.count, p: o.percent ?? 0 })}
                  </span>
                  {o.expert === true && (
                    <strong class="aud-mark">
                      ✓ {view.of === undefined ? s['audience.expert'] : s['audience.right']}
                    </strong>
                  )}
                  {o.chosen === true && (
                    <span class="aud-mark aud-chosen">{s['audience.chosen']}</span>
                  )}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <div class="aud-after">
        {view.answer !== undefined && (
          <div class="aud-answer">
            <p class="aud-label">{s['audience.answer']}</p>
            <ol>
              {view.answer.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ol>
          </div>
        )}
        {view.feedback !== undefined && (
          <p class="aud-feedback">
            <strong>{s['audience.feedback']}：</strong>
            {view.feedback}
          </p>
        )}
        {view.timer !== undefined && (
          <Countdown seconds={view.timer.seconds} since={view.timer.since} s={s} />
        )}
      </div>
    </div>
  );
}

function Countdown({
  seconds,
  since,
  s,
}: {
  seconds: number;
  since: string;
  s: Strings<typeof AUDIENCE_KEYS>;
}) {
  const left = () => Math.max(0, Math.ceil(seconds - (Date.now() - Date.parse(since)) / 1000));
  const [remaining, setRemaining] = useState(left);
  useEffect(() => {
    setRemaining(left());
    const id = setInterval(() => setRemaining(left()), 1000);
    return () => clearInterval(id);
  }, [seconds, since]);
  return (
    <p class="aud-timer">
      {remaining > 0 ? fill(s['audience.timer'], { s: remaining }) : s['audience.timeUp']}
    </p>
  );
}
