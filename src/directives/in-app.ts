/**
 * `client:in-app`: hydrates an island only inside a chat app's browser, when the page is idle.
 * Every other browser downloads none of the island's code, so the chat-app hint costs the lesson
 * pages' JavaScript budget only this check (inlined by Astro into pages that use it).
 */
import type { ClientDirective } from 'astro';
import { IN_APP_MARKER } from '../lib/browser/in-app';

const inApp: ClientDirective = (load) => {
  if (!IN_APP_MARKER.test(navigator.userAgent)) return;
  const hydrate = async () => (await load())();
  if ('requestIdleCallback' in window) requestIdleCallback(() => void hydrate());
  else setTimeout(() => void hydrate(), 200);
};

export default inApp;
