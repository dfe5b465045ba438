import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $live, followConsole } from '../../stores/workshop-audience';
import type { AudienceView } from '../../lib/workshop/audience';
import { fill } from '../../lib/util/template';
import { assertNever } from '../../lib/util/guards';
import { AudienceScreen } from './AudienceScreen';
import { useFitToWindow } from './fit-window';
import type { Strings } from '../strings';
import type { AUDIENCE_KEYS } from './present-keys';

/** One sentence announcing a change of screen to screen-reader users in the room. */
function announce(view: AudienceView, s: Strings<typeof AUDIENCE_KEYS>): string {
  switch (view.kind) {
    case 'idle':
      return s['audience.idle'];
    case 'hidden':
      return s['audience.hidden'];
    case 'ending':
      return `${fill(s['audience.outcome'], { outcome: s[`outcome.${view.outcome}`] })}：${view.title}`;
    case 'done':
      return fill(s['audience.done'], { n: view.count });
    case 'step': {
      const expert = view.options.find((o) => o.expert === true);
      if (view.revealed && expert !== undefined)
        return `${view.of === undefined ? s['audience.expert'] : s['audience.right']}：${expert.letter}. ${expert.label}`;
      return view.title;
    }
    default:
      return assertNever(view);
  }
}

/** The projector window: follows the console and shows its view full-screen, fitted to the window. */
export default function Audience({ strings: s }: { strings: Strings<typeof AUDIENCE_KEYS> }) {
  const live = useStore($live);
  const screen = useRef<HTMLDivElement>(null);
  useEffect(() => followConsole(), []);
  useFitToWindow(screen, live.seq);
  return (
    <div class="audience" ref={screen} data-kind={live.view.kind} data-seq={live.seq}>
      <AudienceScreen view={live.view} s={s} level={1} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {live.seq > 0 ? announce(live.view, s) : ''}
      </p>
    </div>
  );
}
