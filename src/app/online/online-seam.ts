// The few lines of the online leaderboard that sit on the game's first-load path: the run a round
// carries from the moment it is prepared (a ticket fetched ahead gives its seed), and panel mounts
// that load the real thing (client, queue, views: one lazy chunk) on first use or when idle.
import type { Difficulty } from '../../domain/pack/schema';
import type { Mode } from '../../domain/modes';
import type { RoundConfig } from '../../domain/round';
import type { GameController } from '../controller';
import type { PanelMount } from '../panels';

/** The round being prepared, as the online board sees it. */
export interface RunRequest {
  packId: string | undefined;
  mode: Mode;
  difficulty: Difficulty;
  /** A seed known before play (a Daily, a challenge link): its run is asked for alongside play. */
  seed?: string;
}

/** What a round carries of the online board, from `prepare` on. */
export interface RoundRun {
  /** The seed of a run fetched ahead, now spent on this round (it must play on it), or null. */
  readonly seed: string | null;
  /** The round is prepared and starts with this config: it is ready, asks for its run, or is offline. */
  begin(config: RoundConfig): void;
}

/** What the lazy chunk provides once loaded. */
export interface OnlineProvider {
  /** `ahead` false: the round already has its seed, so a ticket fetched ahead must not be spent on it. */
  claimRun(request: RunRequest, ahead?: boolean): RoundRun;
  mount(screen: 'menu' | 'results' | 'intro'): PanelMount;
}

export interface OnlineSeam {
  /** For the controller, as it prepares a round. */
  claimRun(request: RunRequest): RoundRun;
  /** A panel that appears once the chunk is in (at once when it already is). */
  mount(screen: 'menu' | 'results' | 'intro'): PanelMount;
  /** Load the chunk now (idempotent); resolves when it is running, or with null if it failed to load. */
  load(): Promise<OnlineProvider | null>;
}

export function createOnlineSeam(loadProvider: (seam: OnlineSeam) => Promise<OnlineProvider>): OnlineSeam {
  let provider: OnlineProvider | null = null;
  let loading: Promise<OnlineProvider | null> | null = null;
  // The last round begun before the chunk was in (a deep link, a challenge link's intro): handed
  // over when it arrives, with the seed it already plays on.
  let begunEarly: { request: RunRequest; config: RoundConfig } | null = null;
  const seam: OnlineSeam = {
    claimRun(request) {
      if (provider) return provider.claimRun(request);
      return {
        seed: null,
        // Claimed before the chunk was in: no ticket; if it came in while the round was prepared, straight to it.
        begin: (config) => {
          if (provider) provider.claimRun(request, false).begin(config);
          else begunEarly = { request, config };
        },
      };
    },
    load() {
      loading ??= loadProvider(seam).then(
        (p) => {
          provider = p;
          if (begunEarly) p.claimRun(begunEarly.request, false).begin(begunEarly.config);
          begunEarly = null;
          return p;
        },
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
