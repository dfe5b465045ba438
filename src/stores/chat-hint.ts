/**
 * Whether the learner has dismissed the chat-app hint. Stored as `"1"` under `tmc:chat-hint`
 * (anything else reads as not dismissed); where storage is blocked the dismissal lasts this page.
 */
import { persistentAtom } from '@nanostores/persistent';
// The storage engine (namespaced, safe when storage is blocked) must be set before the atom reads.
import './storage';

export const CHAT_HINT_KEY = 'tmc:chat-hint';

export const $chatHintDismissed = persistentAtom<boolean>(CHAT_HINT_KEY, false, {
  encode: (dismissed) => (dismissed ? '1' : ''),
  decode: (raw) => raw === '1',
});

/** The hint stays away on every later page. */
export function dismissChatHint(): void {
  $chatHintDismissed.set(true);
}
