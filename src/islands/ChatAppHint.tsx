import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { detectInApp, type InAppBrowser } from '../lib/browser/in-app';
import { $chatHintDismissed, dismissChatHint } from '../stores/chat-hint';
import { fill } from '../lib/util/template';
import type { Strings } from './strings';
import type { CHAT_HINT_KEYS } from './keys';

interface Props {
  strings: Strings<typeof CHAT_HINT_KEYS>;
}

/** The menu gesture that opens the page in the phone's own browser, in this app on this phone. */
function gestureKey({ app, platform }: InAppBrowser): (typeof CHAT_HINT_KEYS)[number] {
  if (app === 'wechat')
    return platform === 'ios' ? 'chat.gesture.wechat.ios' : 'chat.gesture.wechat.other';
  if (app === 'wecom')
    return platform === 'ios' ? 'chat.gesture.wecom.ios' : 'chat.gesture.wecom.other';
  return `chat.gesture.${app}`;
}

/**
 * Inside a chat app's browser, once: what works there, what does not, and how to move to the
 * phone's own browser. Dismissed, it stays away on every later page.
 */
export default function ChatAppHint({ strings: s }: Props) {
  const dismissed = useStore($chatHintDismissed, { ssr: () => true });
  const [inApp, setInApp] = useState<InAppBrowser | undefined>();
  useEffect(() => setInApp(detectInApp(navigator.userAgent)), []);
  if (inApp === undefined || dismissed) return null;
  const app = s[`chat.app.${inApp.app}`];
  return (
    <aside class="chat-hint" aria-labelledby="chat-hint-title" data-app={inApp.app}>
      <p id="chat-hint-title" class="chat-hint-title">
        {fill(s['chat.hint.title'], { app })}
      </p>
      <ul>
        <li>{fill(s['chat.hint.works'], { app })}</li>
        <li>{s[inApp.platform === 'ios' ? 'chat.hint.limits.ios' : 'chat.hint.limits.other']}</li>
        <li>{fill(s['chat.hint.open'], { gesture: s[gestureKey(inApp)] })}</li>
        <li>
          {s['chat.hint.carry']} <a href="/progress/#data-title">{s['chat.hint.carryLink']}</a>
        </li>
      </ul>
      <button type="button" class="secondary" onClick={dismissChatHint}>
        {s['chat.hint.dismiss']}
      </button>
    </aside>
  );
}
