// The online leaderboard: only the seed seam is on the first-load path; the rest (client, queue,
// panels) is one chunk, loaded when its first panel mounts (the menu, a challenge intro, or the
// results of a deep-linked round).
import type { GameController } from '../app/controller';
import type { DomExtensions } from '../app/panels';
import { createOnlineSeam, type OnlineSeam } from '../app/online/online-seam';
import type { KeyValueStorage } from '../state/settings-store';

export function createOnline(options: {
  window: Window;
  storage: (() => KeyValueStorage | null) | null | undefined;
  /** The controller, once made (it needs the seam's seeds first). */
  controller: () => GameController;
}): { seam: OnlineSeam; mountPanels(extensions: DomExtensions): void; dispose(): void } {
  let online: { dispose(): void } | null = null;
  let disposed = false;
  const seam = createOnlineSeam(async () => {
    const { attachOnline } = await import('../share/ui/online-ui');
    if (disposed) throw new Error('disposed');
    const storage = options.storage === undefined ? {} : { storage: options.storage ?? (() => null) };
    online = attachOnline({ controller: options.controller(), window: options.window, ...storage });
    return online as ReturnType<typeof attachOnline>;
  });
  return {
    seam,
    mountPanels(extensions) {
      extensions.menu.push(seam.mount('menu'));
      extensions.results.push(seam.mount('results'));
      (extensions.intro ??= []).push(seam.mount('intro'));
    },
    dispose() {
      disposed = true;
      online?.dispose();
    },
  };
}

export function randomSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(36).padStart(7, '0')).join('');
}
