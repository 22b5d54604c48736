// Notices: a small message in the toast (sound unavailable, the engine could not load), cleared
// after a few seconds; a newer notice replaces an older one.
import type { UiStore } from '../state/ui-store';

export const NOTICE_MS = 6000;

export interface Notices {
  say(message: string): void;
  dispose(): void;
}

export function createNotices(uiStore: UiStore): Notices {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(message) {
      uiStore.getState().setNotice(message);
      clearTimeout(timer);
      timer = setTimeout(() => uiStore.getState().setNotice(null), NOTICE_MS);
    },
    dispose: () => clearTimeout(timer),
  };
}
