// The studio registers the site's service worker itself (build/pwa.ts, `sw.js` beside the pages),
// so an author who comes straight to the studio can reload it offline too, not only one who played
// the game first. The same registration serves both pages; a new version waits, as in the game
// (which asks the player before taking it), and the studio only says so instead of reloading under
// an author's typing. Registered directly: `virtual:pwa-register` imports workbox-window
// dynamically, which pulls Vite's preload helper into a chunk shared with the game and renames
// the game's own chunks.
export function registerStudioOffline(onUpdate: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Some hosts (a test browser that blocks workers) resolve with nothing.
      if (!registration) return;
      const waiting = () => {
        if (registration.waiting && navigator.serviceWorker.controller) onUpdate();
      };
      waiting();
      registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', waiting));
    },
    // No service worker here (the dev server, a private mode): the studio stays online-only.
    () => {},
  );
}
