// The few lines of the online leaderboard that sit on the game's first-load path: where a round's
// seed comes from (a run the server issued, else a local one), and panel mounts that load the
// real thing (client, queue, views: one lazy chunk) on first use or when the page is idle.
import type { Difficulty } from '../../domain/pack/schema';
import type { Mode } from '../../domain/modes';
import type { GameController } from '../controller';
import type { PanelMount } from '../panels';

export interface SeedChoice {
  packId: string | undefined;
  mode: Mode;
  difficulty: Difficulty;
}

/** What the lazy chunk provides once loaded. */
export interface OnlineProvider {
  /** The seed of a run token issued for this choice (now spent on this round), or null. */
  takeSeed(choice: SeedChoice): string | null;
  mount(screen: 'menu' | 'results' | 'intro'): PanelMount;
}

export interface OnlineSeam {
  /** For the controller: a server-issued seed, or null (then the local `makeSeed`). */
  serverSeed: (choice: SeedChoice) => string | null;
  /** The local seed maker, remembering what it made: such a round was played offline. */
  makeSeed: () => string;
  isLocalSeed: (seed: string) => boolean;
  /** A panel that appears once the chunk is in (at once when it already is). */
  mount(screen: 'menu' | 'results' | 'intro'): PanelMount;
  /** Load the chunk now (idempotent); resolves when it is running, or with null if it failed to load. */
  load(): Promise<OnlineProvider | null>;
}

export function createOnlineSeam(makeLocalSeed: () => string, loadProvider: (seam: OnlineSeam) => Promise<OnlineProvider>): OnlineSeam {
  let provider: OnlineProvider | null = null;
  let loading: Promise<OnlineProvider | null> | null = null;
  const local = new Set<string>();
  const seam: OnlineSeam = {
    serverSeed: (choice) => provider?.takeSeed(choice) ?? null,
    makeSeed: () => {
      const seed = makeLocalSeed();
      // A page plays a few hundred rounds at most; the set is only a memory of this visit.
      if (local.size > 500) local.clear();
      local.add(seed);
      return seed;
    },
    isLocalSeed: (seed) => local.has(seed),
    load() {
      loading ??= loadProvider(seam).then(
        (p) => (provider = p),
        // No chunk (offline first visit after a deploy): the game plays on without boards.
        () => null,
      );
      return loading;
    },
    mount: (screen) => (box: HTMLElement, app: GameController) => {
      if (provider) return provider.mount(screen)(box, app) ?? undefined;
      let off: (() => void) | void;
      let gone = false;
      void seam.load().then((p) => {
        if (p && !gone) off = p.mount(screen)(box, app);
      });
      return () => {
        gone = true;
        off?.();
      };
    },
  };
  return seam;
}
