// Entry point: hand the real page, storage and packs to the one wiring function.
// The entry itself only starts the download of the wiring: requests made while the wiring's long
// first task runs would only leave once it has ended, and a head modulepreload would compete with
// the page's first paint on a slow link.
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
