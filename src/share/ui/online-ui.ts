// The lazily loaded half of the online leaderboard (its own chunk, off the first-load path): the
// store, the client, the service and the panels, started once the menu is up or when first needed.
import type { GameController } from '../../app/controller';
import type { OnlineProvider } from '../../app/online/online-seam';
import { createLeaderboardClient } from '../../app/online/leaderboard-client';
import { createOnlineService, type OnlineService } from '../../app/online/online-service';
import { createOnlineStore } from '../../state/online-store';
import type { SyncStorage } from '../../state/safe-storage';
import { introBoardPanel, menuBoardsPanel, resultsBoardPanel } from './online-panels';
import './online.css';

export interface OnlineDeps {
  controller: GameController;
  window: Window;
  /** Defaults to localStorage; `() => null` for none. */
  storage?: () => SyncStorage | null;
  apiBase?: string;
}

export function attachOnline(deps: OnlineDeps): OnlineProvider & { service: OnlineService; dispose(): void } {
  const store = createOnlineStore(deps.storage ? { storage: deps.storage } : {});
  const client = createLeaderboardClient(deps.apiBase ? { base: deps.apiBase } : {});
  const service = createOnlineService({ controller: deps.controller, client, store, window: deps.window });
  const mounts = {
    menu: menuBoardsPanel(service, deps.window),
    results: resultsBoardPanel(service, deps.window),
    intro: introBoardPanel(service, deps.window),
  };
  // App start: whatever waited from an earlier visit goes now.
  void service.flush(true);
  void service.prefetch();
  return {
    service,
    claimRun: (request, ahead) => service.claimRun(request, ahead),
    mount: (screen) => mounts[screen],
    dispose: () => service.dispose(),
  };
}
