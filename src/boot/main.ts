// Entry point: hand the real page, storage and packs to the one wiring function.
// The wiring is this chunk (not a dynamic import): the page's head fetches it, its generator and
// the default pack side by side, instead of waiting for a small entry to run first (index.html
// says so on the splash if one of them fails to download).
import { createGame } from './create-game';

createGame({
  canvasParent: document.getElementById('game')!,
  uiRoot: document.getElementById('ui')!,
  exposeDebugHandle: true,
  registerServiceWorker: true,
});
