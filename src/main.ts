// Entry point: hand the real page, storage and packs to the one wiring function.
import { createGame } from './game/create-game';

createGame({
  canvasParent: document.getElementById('game')!,
  uiRoot: document.getElementById('ui')!,
  exposeDebugHandle: true,
  registerServiceWorker: true,
});
