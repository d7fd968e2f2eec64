// EaseBack service worker: a started session keeps running when the phone loses its connection.
//
// It stores two things only:
// - the player's shell: style sheet, scripts, icons and manifest (the same for everyone);
// - the page of each plan the player started on this device (player.js adds it when Start is
//   pressed); a stored plan page is refreshed whenever it loads online.
// Everything else goes to the network untouched and is never stored: the API above all (events,
// plans, answers), and every other page, since those will hold a signed-in person's own diary and
// hand-off. Requests are answered from the network first, so an online phone always sees the
// latest version; the stored copy is used only when the network fails.

const SHELL = 'easeback-shell-v1';
const PLANS = 'easeback-plans-v1';
const SHELL_FILES = [
  '/css/easeback.css',
  '/js/player.js',
  '/js/pwa.js',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/manifest.webmanifest',
];
const PLAN_PAGE = /^\/sessions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => key.startsWith('easeback-') && key !== SHELL && key !== PLANS)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.search) return;
  if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(networkFirst(request, SHELL, url.pathname, true));
  }
  else if (PLAN_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(request, PLANS, url.pathname, false));
  }
  // anything else: no respondWith, so the browser fetches it as if there were no service worker
});

// storeAlways: shell files are stored on every load; a plan page only when the player stored it before
async function networkFirst(request, cacheName, key, storeAlways) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok && (storeAlways || (await cache.match(key)))) {
      await cache.put(key, response.clone());
    }
    return response;
  }
  catch (offline) {
    const stored = await cache.match(key);
    if (stored) return stored;
    throw offline;
  }
}
