/** Panels of the presenter console. They render the console view and call store actions. */
import { useState } from 'preact/hooks';
import type { ConsoleView } from '../../lib/workshop/console';
import { present } from '../../stores/workshop-live';
import { fill } from '../../lib/util/template';
import type { LinkMap } from '../scenario-types';
import type { Strings } from '../strings';
import type { CONSOLE_KEYS } from './present-keys';

type S = { s: Strings<typeof CONSOLE_KEYS> };

export function NotesPanel({ view, s }: { view: ConsoleView } & S) {
  const scope = (n: ConsoleView['notes'][number]) =>
    n.scope === 'scenario' || n.scope === 'question'
      ? s[`present.scope.${n.scope}`]
      : fill(s[`present.scope.${n.scope}`], { label: n.label });
  return (
    <section class="console-panel console-notes" aria-labelledby="console-notes-title">
      <h2 id="console-notes-title">{s['present.notes']}</h2>
      {view.notes.length === 0 && <p>{s['present.noNotes']}</p>}
      {view.notes.map((n, i) => (
        <div class="console-note" key={i} data-testid="facilitator-note">
          <h3>{scope(n)}</h3>
          {n.notes !== undefined && <p>{n.notes}</p>}
          {n.prompts.length > 0 && (
            <>
              <p class="console-label">{s['present.prompts']}</p>
              <ul>
                {n.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

export function ExpertPanel({ view, links, s }: { view: ConsoleView; links: LinkMap } & S) {
  const expert = view.expert;
  if (expert === undefined) return null;
  const target =
    expert.link === undefined ? undefined : links[`${expert.link.lesson}#${expert.link.section}`];
  const quiz = view.screen.kind === 'step' && view.screen.of !== undefined;
  return (
    <section class="console-panel console-expert" aria-labelledby="console-expert-title">
      <h2 id="console-expert-title">
        {quiz
          ? fill(s['present.right'], { letter: expert.letter })
          : fill(s['present.expert'], { letter: expert.letter, label: expert.label })}
      </h2>
      {expert.feedback !== '' && (
        <p>
          <strong>{s['present.why']}：</strong>
          {expert.feedback}
        </p>
      )}
      {target !== undefined && (
        <p>
          {s['present.lesson']}：<a href={target.href}>{target.label}</a>
        </p>
      )}
    </section>
  );
}

export function VotePanel({ view, s }: { view: ConsoleView } & S) {
  if (view.options.length === 0)
    return (
      <p class="console-panel">
        {view.screen.kind === 'step' && view.screen.of !== undefined
          ? s['present.quizNoVote']
          : s['present.noVoteHere']}
      </p>
    );
  const teams = view.teams;
  return (
    <section class="console-panel console-votes" aria-labelledby="console-votes-title">
      <h2 id="console-votes-title">{s['present.votes']}</h2>
      {view.teamVoting ? (
        <fieldset>
          <legend>{s['present.teamLegend']}</legend>
          {teams.map((t) => (
            <p class="console-field" key={t.id}>
              <label for={`team-vote-${t.id}`}>{t.name}</label>
              <select
                id={`team-vote-${t.id}`}
                value={view.teamVotes[t.id] ?? ''}
                onChange={(e) =>
                  present({
                    type: 'setTeamVote',
                    team: t.id,
                    option: e.currentTarget.value === '' ? null : e.currentTarget.value,
                  })
                }
              >
                <option value="">{s['present.noVote']}</option>
                {view.options.map((o) => (
                  <option value={o.id} key={o.id}>{`${o.letter}. ${o.label}`}</option>
                ))}
              </select>
            </p>
          ))}
        </fieldset>
      ) : (
        <fieldset>
          <legend>{s['present.votesLegend']}</legend>
          {view.options.map((o) => (
            <p class="console-field" key={o.id}>
              <label for={`vote-${o.id}`}>{`${o.letter}. ${o.label}`}</label>
              <input
                id={`vote-${o.id}`}
                type="number"
                min={0}
                max={9999}
                step={1}
                inputMode="numeric"
                value={view.votes[o.id] ?? 0}
                onInput={(e) =>
                  present({ type: 'setVotes', votes: { [o.id]: Number(e.currentTarget.value) } })
                }
              />
            </p>
          ))}
        </fieldset>
      )}
      <p>{fill(s['present.total'], { n: view.total })}</p>
      <p class="console-field">
        <label for="console-pick">{s['present.pick']}</label>
        <select
          id="console-pick"
          value={view.pick ?? ''}
          onChange={(e) =>
            present({
              type: 'pick',
              option: e.currentTarget.value === '' ? null : e.currentTarget.value,
            })
          }
        >
          <option value="">{s['present.pickNone']}</option>
          {view.options.map((o) => (
            <option value={o.id} key={o.id}>{`${o.letter}. ${o.label}`}</option>
          ))}
        </select>
      </p>
    </section>
  );
}

export function TeamPanel({ view, s }: { view: ConsoleView } & S) {
  const [name, setName] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    present({ type: 'addTeam', name });
    setName('');
  };
  return (
    <section class="console-panel console-teams" aria-labelledby="console-teams-title">
      <h2 id="console-teams-title">{s['present.teams']}</h2>
      <p class="console-hint">{s['present.teamsLead']}</p>
      {view.teams.length > 0 && (
        <ul class="console-scoreboard" data-testid="scoreboard">
          {view.teams.map((t) => (
            <li key={t.id}>
              <label class="visually-hidden" for={`team-name-${t.id}`}>
                {fill(s['present.renameTeam'], { name: t.name })}
              </label>
              <input
                id={`team-name-${t.id}`}
                value={t.name}
                maxLength={40}
                onChange={(e) =>
                  present({ type: 'renameTeam', team: t.id, name: e.currentTarget.value })
                }
              />
              <strong class="console-score" data-team={t.name}>
                {fill(s['present.teamScore'], { n: t.score })}
              </strong>
              <button
                type="button"
                class="secondary"
                onClick={() => present({ type: 'removeTeam', team: t.id })}
              >
                {fill(s['present.removeTeam'], { name: t.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="console-field" onSubmit={add}>
        <label for="console-team-name">{s['present.teamName']}</label>
        <input
          id="console-team-name"
          value={name}
          maxLength={40}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {s['present.addTeam']}
        </button>
      </form>
    </section>
  );
}

export function TimerPanel({ on, seconds, s }: { on: boolean; seconds: number } & S) {
  return (
    <fieldset class="console-panel console-timer">
      <legend>{s['present.timer']}</legend>
      <p class="console-field">
        <input
          id="console-timer-on"
          type="checkbox"
          checked={on}
          onChange={(e) => present({ type: 'timer', on: e.currentTarget.checked })}
        />
        <label for="console-timer-on">{s['present.timerOn']}</label>
      </p>
      <p class="console-field">
        <label for="console-timer-seconds">{s['present.timerSeconds']}</label>
        <input
          id="console-timer-seconds"
          type="number"
          min={5}
          max={3600}
          step={5}
          value={seconds}
          onChange={(e) =>
            present({ type: 'timer', on, seconds: Number(e.currentTarget.value) || seconds })
          }
        />
      </p>
    </fieldset>
  );
}
