import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Deck } from '../../lib/workshop/session';
import { consoleView } from '../../lib/workshop/console';
import {
  $notice,
  $session,
  now,
  openDeck,
  present,
  restart,
  sessionAtServer,
} from '../../stores/workshop-live';
import { fill } from '../../lib/util/template';
import type { LinkMap } from '../scenario-types';
import { AudienceScreen } from './AudienceScreen';
import { ExpertPanel, NotesPanel, TeamPanel, TimerPanel, VotePanel } from './ConsoleParts';
import type { Strings } from '../strings';
import type { CONSOLE_KEYS } from './present-keys';

interface Props {
  deck: Deck;
  links: LinkMap;
  cases: { id: string; label: string }[];
  strings: Strings<typeof CONSOLE_KEYS>;
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** The trainer's console: drives the live session and shows what only the trainer should see. */
export default function PresenterConsole({ deck, links, cases, strings: s }: Props) {
  const session = useStore($session, { ssr: sessionAtServer });
  const notice = useStore($notice);
  const [blocked, setBlocked] = useState(false);
  const words = useMemo(() => ({ true: s['audience.true'], false: s['audience.false'] }), [s]);
  useEffect(() => openDeck(deck, words), [deck, words]);
  const view = useMemo(() => consoleView(deck, session, words), [deck, session, words]);

  const openAudience = () =>
    setBlocked(
      window.open('/workshop/audience/', 'tmc-audience', 'popup,width=1280,height=720') === null,
    );
  const actions: Record<string, () => void> = {
    next: () => present({ type: 'next', at: now() }),
    back: () => present({ type: 'back', at: now() }),
    reveal: () => present({ type: 'reveal' }),
    hide: () => present({ type: 'hide' }),
    restart: () => restart(),
    audience: openAudience,
    timer: () => present({ type: 'timer', on: !session.timer.on }),
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        (target !== null && (TYPING.has(target.tagName) || target.isContentEditable))
      )
        return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const run = (name: string) => {
        e.preventDefault();
        actions[name]!();
      };
      if (key === 'r' && e.shiftKey) run('restart');
      else if (key === 'ArrowRight' || key === 'n') run('next');
      else if (key === 'ArrowLeft' || key === 'b') run('back');
      else if (key === 'r') run('reveal');
      else if (key === 'h') run('hide');
      else if (key === 'o') run('audience');
      else if (key === 't') run('timer');
      else if (/^[0-9]$/.test(key) && view !== undefined) {
        const option = key === '0' ? null : view.options[Number(key) - 1]?.id;
        if (option !== undefined) {
          e.preventDefault();
          present({ type: 'pick', option });
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const status =
    notice !== undefined
      ? s[`present.notice.${notice}`]
      : view?.needPick !== undefined
        ? s[`present.needPick.${view.needPick}`]
        : view?.follows !== undefined
          ? fill(s['present.follows'], { letter: view.follows })
          : '';
  const button = (name: string, label: string, keys: string, secondary = false) => (
    <button
      type="button"
      class={secondary ? 'secondary' : undefined}
      aria-keyshortcuts={keys}
      onClick={actions[name]}
    >
      {label}
    </button>
  );
  return (
    <div class="console" data-ready={view === undefined ? undefined : 'true'}>
      <div class="console-bar" role="toolbar" aria-label={s['present.controls']}>
        {button('back', s['present.back'], 'ArrowLeft B', true)}
        {button('next', s['present.next'], 'ArrowRight N')}
        {button(
          'reveal',
          view?.revealed === true ? s['present.unreveal'] : s['present.reveal'],
          'R',
          true,
        )}
        {button('hide', session.hidden ? s['present.unhide'] : s['present.hide'], 'H', true)}
        {button('restart', s['present.restart'], 'Shift+R', true)}
        {button('audience', s['present.openAudience'], 'O', true)}
      </div>
      <p class="console-status" role="status" aria-live="polite" data-testid="console-status">
        {status}
      </p>
      {blocked && (
        <p class="console-status" role="alert">
          {s['present.audienceBlocked']}
        </p>
      )}
      {view !== undefined && (
        <div class="console-grid">
          <div>
            <section class="console-panel console-screen" aria-labelledby="console-screen-title">
              <h2 id="console-screen-title">{s['present.screen']}</h2>
              <AudienceScreen view={view.screen} s={s} level={3} />
            </section>
            <VotePanel view={view} s={s} />
            <ExpertPanel view={view} links={links} s={s} />
          </div>
          <div>
            <section class="console-panel console-preview" aria-labelledby="console-preview-title">
              <h2 id="console-preview-title">{s['present.preview']}</h2>
              {session.hidden && <p>{s['present.hiddenNow']}</p>}
              <div class="console-mini" data-testid="preview">
                <AudienceScreen view={view.live} s={s} level={4} />
              </div>
            </section>
            <NotesPanel view={view} s={s} />
            <TeamPanel view={view} s={s} />
            {cases.length > 0 && (
              <p class="console-panel console-field">
                <label for="console-case">{s['present.case']}</label>
                <select
                  id="console-case"
                  value={view.caseId ?? ''}
                  onChange={(e) =>
                    restart(e.currentTarget.value === '' ? undefined : e.currentTarget.value)
                  }
                >
                  <option value="">{s['present.caseRandom']}</option>
                  {cases.map((c) => (
                    <option value={c.id} key={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
                <span class="console-hint">{s['present.caseHint']}</span>
              </p>
            )}
            <TimerPanel on={session.timer.on} seconds={session.timer.seconds} s={s} />
          </div>
        </div>
      )}
      <section class="console-panel console-keys" aria-labelledby="console-keys-title">
        <h2 id="console-keys-title">{s['present.shortcuts']}</h2>
        <ul>
          {(
            ['next', 'back', 'reveal', 'hide', 'pick', 'restart', 'audience', 'timer'] as const
          ).map((k) => (
            <li key={k}>{s[`present.key.${k}`]}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
