/* Kill switch (built with `SW_KILL=1 npm run build`): replaces the course's service worker with
 * one that deletes the site's caches, unregisters itself and reloads open pages, so every visitor
 * is back on plain network loading. Ship a normal build afterwards to bring offline use back. */
const PREFIX = 'tmc-site-';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith(PREFIX)).map((key) => caches.delete(key))),
      )
      .then(() => self.registration.unregister())
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((clients) => Promise.all(clients.map((client) => client.navigate(client.url)))),
  );
});
