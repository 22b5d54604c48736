// THE wiring place: stores, sound board, packs, Phaser config and scene list, the DOM layer.
// Every outside dependency (storage, sound, pack files, randomness, the page) is passed in, so a
// test can hand over fakes; `main.ts` only calls this with the real ones.
import type * as PhaserTypes from 'phaser';
import type { SoundBoard, SoundBoardOptions, SoundName } from '../audio/sounds';
import { attachSoundCues } from '../audio/sound-cues';
import { deferredSoundBoard } from '../audio/deferred-sound-board';
import { attachDomControls } from '../a11y/dom-controls';
import type { DomExtensions, PanelMount } from '../app/panels';
import type { Difficulty } from '../domain/pack/schema';
import { createRoundStore, type RoundStore } from '../state/round-store';
import { MENU_DIFFICULTIES, createSettingsStore, isMenuMode, type KeyValueStorage, type MenuMode, type SettingsStore } from '../state/settings-store';
import { createUiStore, type UiStore } from '../state/ui-store';
import { createController, type GameController } from '../app/controller';
import { attachSharing } from '../share/ui/sharing';
import { createScoresStore } from '../state/scores-store';
import { createSeenStore, seenFacts } from '../state/seen-store';
import type { PackListing, PackSources } from '../domain/pack/pack-entry';
import { lazyPackService, type PackService } from '../app/packs/pack-service';
import { catalogPackService } from '../app/packs/catalog-pack-service';
import { catalog as bundledCatalog, packData } from 'virtual:pack-catalog';
import { createOpenedPacks, isPackUrl } from '../app/packs/opened-packs';
import { attachPackOpener } from '../a11y/open-pack-panel';
import { createOnlineSeam } from '../app/online/online-seam';
import { attachUpdatePrompt } from '../a11y/update-prompt';
import { registerOffline } from '../app/offline';
import { startDirector } from './screen-director';
// The sprite compressed (scripts/make-sounds.ts): Opus where it plays, MP3 elsewhere (howler picks).
import sfxOpusUrl from '../../assets/sfx.opus?url';
import sfxMp3Url from '../../assets/sfx.mp3?url';
import sfxSprite from '../../assets/sfx.json';

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
  /** Element the accessible DOM layer is built in (laid over canvasParent). */
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


export interface StartParams {
  mode: MenuMode;
  packId?: string;
  difficulty?: Difficulty;
}

/** `?autostart=classic[&pack=id][&difficulty=hard]`: start a round straight away (deep links, benchmarks). */
export function parseStartParams(search: string): StartParams | null {
  const params = new URLSearchParams(search);
  const mode = params.get('autostart');
  if (!isMenuMode(mode)) return null;
  const difficulty = params.get('difficulty');
  const packId = params.get('pack');
  // `?pack=<url>&autostart=…` is the pack opener's: it starts the round once the file is in.
  if (isPackUrl(packId)) return null;
  return {
    mode,
    ...(packId ? { packId } : {}),
    ...(difficulty && (MENU_DIFFICULTIES as readonly string[]).includes(difficulty) ? { difficulty: difficulty as Difficulty } : {}),
  };
}

function localStorageOrNull(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

export function randomSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(36).padStart(7, '0')).join('');
}

function soundSprite(names: readonly SoundName[]): Record<SoundName, [number, number]> {
  const raw = sfxSprite as unknown as Record<string, unknown>;
  const out = {} as Record<SoundName, [number, number]>;
  for (const name of names) {
    const v = raw[name];
    // A missing sprite entry just means that one sound stays silent.
    out[name] = Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number') ? [v[0] as number, v[1] as number] : [0, 0];
  }
  return out;
}

export function createGame(deps: CreateGameDeps): GameHandle {
  const win = deps.window ?? window;
  const doc = win.document;
  const cleanups: (() => void)[] = [];
  let destroyed = false;
  const roundStore = createRoundStore();
  const settingsStore = createSettingsStore(deps.storage === undefined ? {} : { storage: deps.storage });
  const motionQuery = win.matchMedia?.('(prefers-reduced-motion: reduce)');
  const uiStore = createUiStore({ reducedMotion: motionQuery?.matches ?? false });
  // Packs as early as possible, off the main thread: validation and a deep link's round then run
  // while Phaser is still being evaluated and booted.
  const packService =
    deps.packService ??
    // A test's own pack sources are served inline; the built game lists the packs checked at
    // build time; the dev server checks them at run time, in a worker.
    (deps.packSources
      ? lazyPackService(async () => (await import('../app/packs/inline-pack-service')).inlinePackService(deps.packSources!))
      : __PACK_CATALOG__
        ? catalogPackService((bundledCatalog ?? []) as readonly PackListing[], packData)
        : lazyPackService(async () => (await import('../app/packs/dev-pack-service')).devPackService()));
  cleanups.push(() => packService.dispose());
  const packsPromise = packService.load((done, total) => uiStore.getState().setLoadProgress(total === 0 ? 1 : done / total));

  if (motionQuery) {
    const onMotion = (e: MediaQueryListEvent) => uiStore.getState().setReducedMotion(e.matches);
    motionQuery.addEventListener('change', onMotion);
    cleanups.push(() => motionQuery.removeEventListener('change', onMotion));
  }

  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const settings = settingsStore.getState();
  const sound = deferredSoundBoard(
    async ({ muted, volume }) => {
      // howler itself is loaded only now (sounds.ts is the one module that imports it).
      const audio = await import('../audio/sounds');
      const makeBoard = deps.createSoundBoard ?? audio.createSoundBoard;
      return makeBoard({
        src: [sfxOpusUrl, sfxMp3Url],
        sprite: soundSprite(audio.SOUND_NAMES),
        muted,
        volume,
        onProblem: (message) => {
          uiStore.getState().setNotice(message);
          clearTimeout(noticeTimer);
          noticeTimer = setTimeout(() => uiStore.getState().setNotice(null), 6000);
        },
      });
    },
    { muted: settings.muted, volume: settings.volume },
  );
  cleanups.push(() => clearTimeout(noticeTimer));

  const openedPacks = createOpenedPacks(uiStore);
  const scoresStore = createScoresStore(deps.storage === undefined ? {} : { storage: deps.storage ?? (() => null) });
  const seenStore = createSeenStore(deps.storage === undefined ? {} : { storage: deps.storage ?? (() => null) });
  // The online leaderboard: only the seed seam is here; the rest is one chunk, loaded when its
  // first panel mounts (the menu, a challenge intro, or the results of a deep-linked round).
  let online: { dispose(): void } | null = null;
  const onlineSeam = createOnlineSeam(deps.makeSeed ?? randomSeed, async (seam) => {
    const { attachOnline } = await import('../share/ui/online-ui');
    if (destroyed) throw new Error('destroyed');
    const attached = attachOnline({ controller, seam, window: win, ...(deps.storage === undefined ? {} : { storage: deps.storage ?? (() => null) }) });
    online = attached;
    return attached;
  });
  cleanups.push(() => online?.dispose());
  const controller = createController({
    bestScore: (query) => scoresStore.getState().topScores(query)[0]?.score ?? null,
    roundStore,
    settingsStore,
    uiStore,
    sound,
    makeSeed: onlineSeam.makeSeed,
    serverSeed: onlineSeam.serverSeed,
    // Packs opened from a file or URL (this session only) are prepared here, the rest by the service.
    prepare: (request) => openedPacks.round(request, packService),
    // Sharing (made next, since it needs the controller) decides which Daily attempt counts.
    isScoredDaily: (round) => sharing.isScoredDaily(round.config),
    seen: seenFacts(seenStore),
  });
  cleanups.push(attachSoundCues(roundStore, sound));

  const extensions: DomExtensions = { menu: [...(deps.extensions?.menu ?? [])], results: [...(deps.extensions?.results ?? [])], intro: [...(deps.extensions?.intro ?? [])] };
  // High scores, Daily, challenge links and the share panel (menu and results panels).
  const sharing = attachSharing({ controller, scores: scoresStore, window: win, search: deps.search ?? win.location.search, addPanel: (screen, mount) => extensions[screen].push(mount) });
  cleanups.push(() => sharing.dispose());

  // The first real screen once the packs (and a deep link's round) are in: the menu or a deep
  // link's question at once, drawn by the DOM until the canvas has booted; a challenge's intro
  // once it has (screen-director.ts). Asked for before the DOM twin is built, so the round's pack
  // is already downloading meanwhile.
  const start = parseStartParams(deps.search ?? win.location.search);
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  // A deep link's round is requested at once, so it is ready as soon as its pack is.
  // A challenge link opens on its intro (clock stopped until Start); a deep link on its question.
  // A pack carried in the link (`#pack=…`, the studio's Play and Share): listed and selected before
  // any round is prepared, so `?autostart=` and a challenge (`?c=`) for it work too.
  const listed = /[#&]pack(?:ref)?=/.test(win.location.hash)
    ? import('../app/packs/linked-pack').then((m) => m.listLinkedPack(win.location.hash, packsPromise, openedPacks, controller, localStorageOrNull(win)), () => packsPromise)
    : packsPromise;
  const linkRound = start ? null : sharing.prepareFromLink(listed);
  const roundPromise: Promise<'quiz' | 'intro' | null> = start
    ? (listed === packsPromise ? controller.prepareRound(start) : listed.then(() => controller.prepareRound(start))).then((ok) => (ok ? 'quiz' : null))
    : linkRound
      ? linkRound.then((ok) => (ok ? 'intro' : null))
      : Promise.resolve(null);
  const firstScreen = Promise.all([
    listed.then(
      (packs) => uiStore.getState().setPacks(packs),
      () => uiStore.getState().setPacks([]),
    ),
    roundPromise.catch(() => null),
  ]).then(([, screen]) => screen);
  extensions.menu.push(onlineSeam.mount('menu'));
  extensions.results.push(onlineSeam.mount('results'));
  extensions.intro!.push(onlineSeam.mount('intro'));
  cleanups.push(attachDomControls({ root: deps.uiRoot, app: controller, extensions }));

  // A hidden tab stops the question clock (Phaser also pauses its loop; this covers both).
  const onVisibility = () => controller.clock.setHidden(doc.hidden);
  doc.addEventListener('visibilitychange', onVisibility);
  cleanups.push(() => doc.removeEventListener('visibilitychange', onVisibility));
  onVisibility();

  // Making the AudioContext and Howl blocks the main thread for tens of ms (hundreds on a slow
  // phone), so howler and the sprite load only once a question has been on screen: at the next
  // pointer or key press (which also unlocks audio), or a second later when the page is idle.
  // The menu alone never loads them. Cues before that are skipped silently
  // (deferred-sound-board.ts).
  let soundStarted = false;
  let questionShown = false;
  const startSound = () => {
    if (soundStarted || destroyed || !questionShown) return;
    soundStarted = true;
    win.removeEventListener('pointerdown', startSound, true);
    win.removeEventListener('keydown', startSound, true);
    sound.start();
  };
  win.addEventListener('pointerdown', startSound, true);
  win.addEventListener('keydown', startSound, true);
  cleanups.push(() => {
    win.removeEventListener('pointerdown', startSound, true);
    win.removeEventListener('keydown', startSound, true);
  });
  const offQuestion = uiStore.subscribe((s) => {
    if (questionShown || (s.screen !== 'quiz' && s.screen !== 'intro')) return;
    questionShown = true;
    offQuestion();
    const timer = setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(startSound, { timeout: 1000 });
      else startSound();
    }, 1000);
    cleanups.push(() => clearTimeout(timer));
  });
  cleanups.push(offQuestion);
  // Offline play (build/pwa.ts): the service worker registers after the first screen is up; a
  // new version is offered on the menu only (never mid-round).
  const updatePrompt = attachUpdatePrompt(deps.uiRoot, uiStore);
  cleanups.push(() => updatePrompt.dispose());
  const registerOfflineSoon = () => {
    if (!deps.registerServiceWorker) return;
    const timer = setTimeout(() => void registerOffline({ window: win, onUpdate: (apply) => updatePrompt.offer(apply) }), 1500);
    cleanups.push(() => clearTimeout(timer));
  };


  // Phaser and the scenes: the biggest download, fetched when the director asks (at the player's
  // first input on the DOM's first screen; at once for a challenge's intro).
  const clockTicking = () => controller.clock.isRunning && roundStore.getState().round?.rules.timeLimitMs != null;
  const director = startDirector({
    window: win,
    uiRoot: deps.uiRoot,
    canvasParent: deps.canvasParent,
    controller,
    roundStore,
    uiStore,
    loadRuntime: () => import('./scenes'),
    canvasAtOnce: linkRound !== null,
    clockTicking,
    firstScreen,
    renderOnDemand: {
      busy: clockTicking,
      subscriptions: [(fn) => uiStore.subscribe(fn), (fn) => roundStore.subscribe(fn), (fn) => settingsStore.subscribe(fn), (fn) => scoresStore.subscribe(fn)],
    },
    onRouted: () => {
      registerOfflineSoon();
      resolveReady();
    },
    onCanvasFailed: () => uiStore.getState().setNotice('The game could not be loaded. Check your connection and reload the page.'),
  });

  // Open pack… (menu), drag and drop anywhere, `?pack=<url>`.
  cleanups.push(attachPackOpener({ root: deps.uiRoot, app: controller, opened: openedPacks, extensions, window: win, search: deps.search ?? win.location.search, ready }));

  if (deps.exposeDebugHandle) {
    win.__trivia = Object.freeze({
      roundStore,
      settingsStore,
      uiStore,
      version: __APP_VERSION__,
      frames: () => director.frames(),
    });
    cleanups.push(() => {
      delete win.__trivia;
    });
  }

  return {
    get game() {
      return director.game;
    },
    controller,
    ready,
    addPanel(screen, mount) {
      extensions[screen].push(mount);
    },
    destroy() {
      destroyed = true;
      for (const fn of cleanups.reverse()) {
        try {
          fn();
        } catch {
          // Keep tearing down.
        }
      }
      controller.dispose();
      sound.dispose();
      director.dispose();
    },
  };
}
