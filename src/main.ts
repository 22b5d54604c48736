// Entry point: hand the real page, storage and packs to the one wiring function.
// The entry itself only starts downloads, so they run side by side instead of one after the
// other: the wiring, and a round's generator (a deep link's first question needs both; requests
// made while the wiring's long first task runs would only leave once it has ended).
void import('./app/packs/prepare-round').catch(() => undefined);
void import('./game/create-game').then(
  ({ createGame }) =>
    createGame({
      canvasParent: document.getElementById('game')!,
      uiRoot: document.getElementById('ui')!,
      exposeDebugHandle: true,
      registerServiceWorker: true,
    }),
  () => {
    const sub = document.querySelector('#splash .splash-sub');
    if (sub) sub.textContent = 'The game could not be loaded. Check your connection and reload the page.';
  },
);
