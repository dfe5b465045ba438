import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { presentationOf, underway, type Deck } from '../../lib/workshop/session';
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
import { useConsoleKeys } from './use-console-keys';
import type { ConsoleAction } from '../../lib/workshop/console-keys';

interface Props {
  deck: Deck;
  links: LinkMap;
  cases: { id: string; label: string }[];
  strings: Strings<typeof CONSOLE_KEYS>;
}

/** How long a first press of 重新开始 waits for the second that confirms it. */
const RESTART_CONFIRM_MS = 5000;

/** The trainer's console: drives the live session and shows what only the trainer should see. */
export default function PresenterConsole({ deck, links, cases, strings: s }: Props) {
  const session = useStore($session, { ssr: sessionAtServer });
  const notice = useStore($notice);
  const [blocked, setBlocked] = useState(false);
  // Restarting a room mid-way loses where it is: the first press asks, a second within 5 s restarts.
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), RESTART_CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [armed]);
  const pres = presentationOf(deck, session);
  const words = useMemo(() => ({ true: s['audience.true'], false: s['audience.false'] }), [s]);
  useEffect(() => openDeck(deck, words), [deck, words]);
  const view = useMemo(() => consoleView(deck, session, words), [deck, session, words]);

  const openAudience = () =>
    setBlocked(
      window.open('/workshop/audience/', 'tmc-audience', 'popup,width=1280,height=720') === null,
    );
  const actions: Record<ConsoleAction, () => void> = {
    next: () => present({ type: 'next', at: now() }),
    back: () => present({ type: 'back', at: now() }),
    reveal: () => present({ type: 'reveal' }),
    hide: () => present({ type: 'hide' }),
    restart: () => {
      if (pres !== undefined && underway(pres) && !armed) return setArmed(true);
      setArmed(false);
      restart();
    },
    audience: openAudience,
    timer: () => present({ type: 'timer', on: !session.timer.on }),
  };
  /** Any other action answers the restart question with "no". */
  const perform = (name: ConsoleAction) => {
    if (name !== 'restart') setArmed(false);
    actions[name]();
  };
  useConsoleKeys((key) => {
    if (typeof key === 'string') {
      perform(key);
      return true;
    }
    const option = key.pick === 0 ? null : view?.options[key.pick - 1]?.id;
    if (view === undefined || option === undefined) return false;
    setArmed(false);
    present({ type: 'pick', option });
    return true;
  });

  const status = armed
    ? s['present.restartAsk']
    : notice !== undefined
      ? s[`present.notice.${notice}`]
      : view?.needPick !== undefined
        ? s[`present.needPick.${view.needPick}`]
        : view?.follows !== undefined
          ? fill(s['present.follows'], { letter: view.follows })
          : '';
  const button = (name: ConsoleAction, label: string, keys: string, secondary = false) => (
    <button
      type="button"
      class={secondary ? 'secondary' : undefined}
      aria-keyshortcuts={keys}
      onClick={() => perform(name)}
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
        {button(
          'restart',
          armed ? s['present.restartConfirm'] : s['present.restart'],
          'Shift+R',
          true,
        )}
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
