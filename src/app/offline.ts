// Offline play: registers the service worker (build/pwa.ts) once the first screen is up, so it
// never competes with the first question for the network; asks the browser once to keep the
// game's storage (scores, the Daily streak) when space runs low. A new version is only reported
// (`onUpdate`); taking it is the player's choice, from the menu.
export interface OfflineOptions {
  window: Window;
  /** A new version is installed and waiting; `apply` reloads the page into it. */
  onUpdate: (apply: () => void) => void;
}

export async function registerOffline({ window: win, onUpdate }: OfflineOptions): Promise<void> {
  const nav = win.navigator;
  if (!('serviceWorker' in nav)) return;
  let registerSW: typeof import('virtual:pwa-register').registerSW;
  try {
    ({ registerSW } = await import('virtual:pwa-register'));
  } catch {
    // Its chunk did not arrive (the server went away meanwhile): the next visit registers.
    return;
  }
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
    // No service worker (blocked, private mode): the game simply stays online-only.
    onRegisterError: () => {},
  });
  try {
    if (nav.storage && !(await nav.storage.persisted())) await nav.storage.persist();
  } catch {
    // Best effort: the browser may decline, and then keeps the storage as usual.
  }
}
