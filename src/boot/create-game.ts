// THE wiring place, construction only: stores, packs, sound, the controller, the view (the screens'
// DOM), sharing, online and the engine (Phaser's scenes). Each policy (when sound starts, deep
// links and the first screen, notices, the service worker, online, when the engine arrives) is a
// small module beside this one. Every outside dependency (storage, sound, pack files, randomness,
// the page) is passed in, so a test can hand over fakes; `main.ts` calls this with the real ones.
import type * as PhaserTypes from 'phaser';
import type { SoundBoard, SoundBoardOptions } from '../audio/sounds';
import { attachSoundCues } from '../audio/sound-cues';
import { attachView } from '../view/view-root';
import { attachPackOpener } from '../view/open-pack-panel';
import type { DomExtensions, PanelMount } from '../app/panels';
import { createRoundStore, type RoundStore } from '../state/round-store';
import { createSettingsStore, type KeyValueStorage, type SettingsStore } from '../state/settings-store';
import { createUiStore, type UiStore } from '../state/ui-store';
import { createController, type GameController } from '../app/controller';
import { startFrameLoop } from '../app/frame-loop';
import { attachSharing } from '../share/ui/sharing';
import { createScoresStore } from '../state/scores-store';
import { createSeenStore, seenFacts } from '../state/seen-store';
import type { PackListing, PackSources } from '../domain/pack/pack-entry';
import { lazyPackService, type PackService } from '../app/packs/pack-service';
import { catalogPackService } from '../app/packs/catalog-pack-service';
import { catalog as bundledCatalog, packData } from 'virtual:pack-catalog';
import { createOpenedPacks } from '../app/packs/opened-packs';
import { firstScreen } from './deep-links';
import { startEngineOnInput } from './engine';
import { createNotices } from './notices';
import { createOnline, randomSeed } from './online';
import { offlineWhenUp } from './service-worker';
import { makeSoundBoard } from './sound';
import { startSoundWhenPlaying } from './sound-start';

export { parseStartParams, type StartParams } from './deep-links';
export { randomSeed } from './online';

/**
 * Read-only handle for browser tests and debugging (`window.__trivia`). Tests read the round's
 * config, questions and history from it to re-score a round in Node; nothing in the game reads it.
 */
export interface DebugHandle {
  readonly roundStore: RoundStore;
  readonly settingsStore: SettingsStore;
  readonly uiStore: UiStore;
  readonly version: string;
  /** Canvas frames drawn and skipped (render-on-demand.ts): the bench's idle figure. */
  readonly frames: () => { drawn: number; skipped: number };
}

declare global {
  interface Window {
    __trivia?: DebugHandle;
  }
}

export interface CreateGameDeps {
  /** Element the canvas goes into (must have a size). */
  canvasParent: HTMLElement;
  /** Element the screens are built in (laid over canvasParent). */
  uiRoot: HTMLElement;
  /** `questions/*.json` loaders, validated and generated from on the main thread (tests). */
  packSources?: PackSources;
  /** Where packs are loaded and rounds generated; defaults to a worker over the bundled packs. */
  packService?: PackService;
  /** Persistent storage for settings; `null` for none. Defaults to localStorage. */
  storage?: (() => KeyValueStorage | null) | null;
  createSoundBoard?: (options: SoundBoardOptions) => SoundBoard;
  /** Round seeds; defaults to crypto.getRandomValues. */
  makeSeed?: () => string;
  /** The page's query string, for deep links like `?autostart=classic`. */
  search?: string;
  window?: Window;
  /** Install `window.__trivia`. */
  exposeDebugHandle?: boolean;
  /** Register the offline service worker (the real page; not tests that mount the game). */
  registerServiceWorker?: boolean;
  extensions?: Partial<DomExtensions>;
}

export interface GameHandle {
  /** The Phaser game, once its (lazily loaded) module has arrived; null before and after. */
  readonly game: PhaserTypes.Game | null;
  controller: GameController;
  /** Resolves once packs are loaded and the first real screen is showing. */
  ready: Promise<void>;
  /** Mount a DOM panel into a screen (share panel on results, daily challenge on menu…). */
  addPanel(screen: 'menu' | 'results', mount: PanelMount): void;
  destroy(): void;
}

function defaultPackService(deps: CreateGameDeps): PackService {
  // A test's own pack sources are served inline; the built game lists the packs checked at build
  // time; the dev server checks them at run time, in a worker.
  if (deps.packService) return deps.packService;
  if (deps.packSources) return lazyPackService(async () => (await import('../app/packs/inline-pack-service')).inlinePackService(deps.packSources!));
  if (__PACK_CATALOG__) return catalogPackService((bundledCatalog ?? []) as readonly PackListing[], packData);
  return lazyPackService(async () => (await import('../app/packs/dev-pack-service')).devPackService());
}

export function createGame(deps: CreateGameDeps): GameHandle {
  const win = deps.window ?? window;
  const doc = win.document;
  const search = deps.search ?? win.location.search;
  const storage = deps.storage === undefined ? {} : { storage: deps.storage ?? (() => null) };
  const cleanups: (() => void)[] = [];

  const roundStore = createRoundStore();
  const settingsStore = createSettingsStore(deps.storage === undefined ? {} : { storage: deps.storage });
  const motionQuery = win.matchMedia?.('(prefers-reduced-motion: reduce)');
  const uiStore = createUiStore({ reducedMotion: motionQuery?.matches ?? false });
  const scoresStore = createScoresStore(storage);
  // Facts this device has been asked already, so the next rounds prefer the others.
  const seenStore = createSeenStore(storage);
  const notices = createNotices(uiStore);
  cleanups.push(() => notices.dispose());
  // Saved data that could not be read was set aside as the stores loaded: the menu says so once.
  const unreadable = [scoresStore.getState().loadNotice, seenStore.getState().notice].filter((n): n is string => !!n);
  if (unreadable.length > 0) uiStore.getState().setSavedDataNotices(unreadable);
  seenStore.getState().dismissNotice();
  // The unreadable scores have their copy aside now: writing the readable state over them means
  // the next visit reads it, so the notice is said once, not on every visit until a new score.
  // (Without a copy the store holds its writes back, and the notice rightly comes again.)
  if (scoresStore.getState().loadNotice) scoresStore.setState({});
  if (motionQuery) {
    const onMotion = (e: MediaQueryListEvent) => uiStore.getState().setReducedMotion(e.matches);
    motionQuery.addEventListener('change', onMotion);
    cleanups.push(() => motionQuery.removeEventListener('change', onMotion));
  }

  // Packs as early as possible, off the main thread: validation and a deep link's round run while
  // the screens are being built.
  const packService = defaultPackService(deps);
  cleanups.push(() => packService.dispose());
  const packs = packService.load((done, total) => uiStore.getState().setLoadProgress(total === 0 ? 1 : done / total));
  const openedPacks = createOpenedPacks(uiStore);

  const settings = settingsStore.getState();
  const sound = makeSoundBoard({ muted: settings.muted, volume: settings.volume, onProblem: (message) => notices.say(message), ...(deps.createSoundBoard ? { create: deps.createSoundBoard } : {}) });
  const online = createOnline({ window: win, storage: deps.storage, controller: () => controller });
  cleanups.push(() => online.dispose());
  const controller: GameController = createController({
    bestScore: (query) => scoresStore.getState().topScores(query)[0]?.score ?? null,
    roundStore,
    settingsStore,
    uiStore,
    sound,
    makeSeed: deps.makeSeed ?? randomSeed,
    claimRun: (request) => online.seam.claimRun(request),
    // Packs opened from a file or URL (this session only) are prepared here, the rest by the service.
    prepare: (request) => openedPacks.round(request, packService),
    isScoredDaily: (round) => sharing.isScoredDaily(round.config),
    seen: seenFacts(seenStore),
  });
  cleanups.push(attachSoundCues(roundStore, sound));
  cleanups.push(startSoundWhenPlaying(win, uiStore, () => sound.start()));

  // High scores, Daily, challenge links and the share panel (menu and results panels).
  const extensions = {
    menu: [...(deps.extensions?.menu ?? [])],
    menuDaily: [...(deps.extensions?.menuDaily ?? [])],
    results: [...(deps.extensions?.results ?? [])],
    intro: [...(deps.extensions?.intro ?? [])],
  } satisfies DomExtensions;
  const sharing = attachSharing({ controller, scores: scoresStore, window: win, search, addPanel: (screen, mount) => extensions[screen].push(mount) });
  cleanups.push(() => sharing.dispose());

  // The first screen: asked for before the view is built, so the round's pack is already downloading.
  const first = firstScreen({
    window: win,
    uiStore,
    search,
    controller,
    packs,
    openedPacks,
    prepareFromLink: (listed) => sharing.prepareFromLink(listed),
    setPacks: (list) => uiStore.getState().setPacks(list),
  });
  const view = attachView({ root: deps.uiRoot, app: controller, extensions });
  cleanups.push(() => view.dispose());
  const ready = first.then((screen) => void uiStore.getState().go({ type: 'ready', first: screen }));

  // The question clock's frames, and its bar.
  // (A challenge's round is prepared behind its intro, its clock waiting for Start: not ticking.)
  const clockTicking = () => uiStore.getState().screen === 'quiz' && controller.clock.isRunning && roundStore.getState().round?.rules.timeLimitMs != null;
  cleanups.push(
    startFrameLoop({
      window: win,
      wanted: () => uiStore.getState().screen === 'quiz' && roundStore.getState().round?.phase === 'asking',
      frame: (delta) => {
        controller.tick(delta);
        view.drawClock();
      },
      subscriptions: [(fn) => uiStore.subscribe(fn), (fn) => roundStore.subscribe(fn)],
    }),
  );
  // A hidden tab stops the question clock.
  const onVisibility = () => controller.clock.setHidden(doc.hidden);
  doc.addEventListener('visibilitychange', onVisibility);
  cleanups.push(() => doc.removeEventListener('visibilitychange', onVisibility));
  onVisibility();

  cleanups.push(offlineWhenUp({ window: win, uiRoot: deps.uiRoot, uiStore, register: deps.registerServiceWorker ?? false, firstScreenUp: ready }));
  cleanups.push(attachPackOpener({ root: deps.uiRoot, app: controller, opened: openedPacks, extensions, window: win, search, ready }));
  // Last in each panel: the online chunk arrives after the first paint, and what appears below
  // everything else moves nothing.
  online.mountPanels(extensions);

  const engine = startEngineOnInput({
    window: win,
    uiRoot: deps.uiRoot,
    uiStore,
    roundStore,
    clockTicking,
    load: async () => {
      const [runtime, { startCanvasGame }] = await Promise.all([import('../game/scenes'), import('../game/canvas-game')]);
      return (options) => startCanvasGame({ ...options, runtime });
    },
    gameOptions: {
      parent: deps.canvasParent,
      window: win,
      controller,
      surface: view,
      renderOnDemand: {
        subscriptions: [(fn) => uiStore.subscribe(fn), (fn) => roundStore.subscribe(fn), (fn) => settingsStore.subscribe(fn), (fn) => scoresStore.subscribe(fn)],
      },
    },
    onFailed: () => notices.say('Part of the game could not be loaded. Check your connection; it keeps playing.'),
  });
  cleanups.push(() => engine.dispose());

  if (deps.exposeDebugHandle) {
    win.__trivia = Object.freeze({ roundStore, settingsStore, uiStore, version: __APP_VERSION__, frames: () => engine.frames() });
    cleanups.push(() => {
      delete win.__trivia;
    });
  }

  return {
    get game() {
      return engine.game;
    },
    controller,
    ready,
    addPanel(screen, mount) {
      extensions[screen].push(mount);
    },
    destroy() {
      for (const fn of cleanups.reverse()) {
        try {
          fn();
        } catch {
          // Keep tearing down.
        }
      }
      controller.dispose();
      sound.dispose();
    },
  };
}
