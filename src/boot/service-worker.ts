// Offline play (build/pwa.ts): the service worker registers a moment after the first screen is
// up, so it never competes with it; a new version is offered on the menu only (never mid-round).
import { registerOffline } from '../app/offline';
import { attachUpdatePrompt } from '../view/update-prompt';
import type { UiStore } from '../state/ui-store';

export const REGISTER_DELAY_MS = 1500;

export function offlineWhenUp(options: { window: Window; uiRoot: HTMLElement; uiStore: UiStore; register: boolean; firstScreenUp: Promise<void> }): () => void {
  const prompt = attachUpdatePrompt(options.uiRoot, options.uiStore);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  if (options.register) {
    void options.firstScreenUp.then(() => {
      if (disposed) return;
      timer = setTimeout(() => void registerOffline({ window: options.window, onUpdate: (apply) => prompt.offer(apply) }), REGISTER_DELAY_MS);
    });
  }
  return () => {
    disposed = true;
    clearTimeout(timer);
    prompt.dispose();
  };
}
