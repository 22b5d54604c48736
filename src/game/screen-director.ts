// Who draws the screens, and when the first one shows. The canvas (Phaser, a lazily loaded chunk)
// draws every screen once it has booted. The first screen does not wait for it when the DOM can
// draw it alone, the menu or a deep link's question: the DOM twin's own controls are shown as a
// plain page (`data-canvas="pending"` on the UI root, styles.css) and a frame loop here runs the
// question clock. The canvas takes over as soon as it is up if the player is not about to tap
// (on the menu: no pointer moved or pressed in the last second; on a question: it appeared under
// EARLY_SWAP_MS ago and nothing was tapped), else at the next screen or question, so controls
// never move under a finger. A challenge's intro, the results and screens reached before the
// canvas is up wait for it behind the page's static splash (index.html).
// Phaser itself (the page's heaviest download, evaluation and start-up) is fetched only once the
// player does something on the DOM's first screen, and not while a question's clock is running:
// a player who only looks gets a page that never blocks, and the engine's start-up never eats
// into an answer's time. A challenge's intro, which only the canvas draws, loads it at once.
import type * as PhaserTypes from 'phaser';
import type { GameController } from '../app/controller';
import { markFirstQuestion } from '../app/first-question-mark';
import { asksNewQuestion } from '../domain/round';
import type { RoundStore } from '../state/round-store';
import type { UiStore } from '../state/ui-store';
import { startCanvasGame, type CanvasGame, type CanvasGameOptions } from './canvas-game';

type FirstScreen = 'quiz' | 'intro' | null;

export interface DirectorOptions {
  window: Window;
  uiRoot: HTMLElement;
  canvasParent: HTMLElement;
  controller: GameController;
  roundStore: RoundStore;
  uiStore: UiStore;
  /** Fetches Phaser and the scenes. */
  loadRuntime: () => Promise<CanvasGameOptions['runtime']>;
  /** The first screen needs the canvas (a challenge's intro): fetch it at once. */
  canvasAtOnce: boolean;
  /** A question's clock is running: no heavy start-up now. */
  clockTicking: () => boolean;
  /** Tests: INPUT_SETTLE_MS otherwise. */
  inputSettleMs?: number;
  /** Packs listed and a deep link's round prepared: the screen it opens on (null: the menu). */
  firstScreen: Promise<FirstScreen>;
  renderOnDemand: CanvasGameOptions['renderOnDemand'];
  /** The first real screen is showing. */
  onRouted(): void;
  onCanvasFailed(): void;
  /** Starts Phaser; tests hand over a stand-in. */
  startCanvas?: (options: CanvasGameOptions) => CanvasGame;
}

export interface Director {
  readonly game: PhaserTypes.Game | null;
  frames(): { drawn: number; skipped: number };
  dispose(): void;
}

/** Until this long after the canvas took over, the DOM keeps drawing if no scene lays out its controls. */
const HANDOVER_FALLBACK_MS = 1000;
/** Nobody has read a question and aimed at an answer this soon after it appeared. */
export const EARLY_SWAP_MS = 1500;
/** After the first input, before Phaser is fetched: long enough for a tap on Play to have started its question. */
export const INPUT_SETTLE_MS = 400;
/** A pointer that moved or pressed this recently may be about to tap. */
export const POINTER_QUIET_MS = 1000;

/** The screens the DOM draws by itself until the canvas is up. */
const DOM_DRAWN = new Set<string>(['menu', 'quiz']);
/** What a player does that says they are here to play (`click` covers a screen reader's activation). */
const PLAYER_INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'click'] as const;

export function startDirector(options: DirectorOptions): Director {
  const { window: win, uiRoot, controller, roundStore, uiStore } = options;
  const doc = win.document;
  const cleanups: (() => void)[] = [];
  let disposed = false;
  let canvas: CanvasGame | null = null;
  let booted = false;
  /** The canvas draws the screens (scenes follow the ui store) and steps the clock. */
  let canvasOwns = false;
  let first: FirstScreen | undefined;
  let routed = false;

  uiRoot.dataset.canvas = 'pending';
  const splash = () => doc.getElementById('splash');
  // The page's static splash gives way once the canvas has drawn its first frame of the screen.
  const removeSplashSoon = () => win.requestAnimationFrame(() => win.requestAnimationFrame(() => splash()?.remove()));
  // Other screens need the canvas: until it is up, the splash says loading.
  cleanups.push(
    uiStore.subscribe((s) => {
      const node = splash();
      if (node && routed && !canvasOwns) node.hidden = DOM_DRAWN.has(s.screen);
    }),
  );

  // The question clock's frames until the canvas loop takes them over; none on the menu while
  // nothing waits for them (an idle page runs nothing).
  let lastFrame: number | null = null;
  let frame = 0;
  /** Set while the canvas, up, waits for the pointer to rest over the DOM's menu. */
  let onPointerRest: (() => void) | null = null;
  const wantsFrames = () => routed && !disposed && !canvasOwns && (uiStore.getState().screen === 'quiz' || onPointerRest !== null);
  const domStep = (now: number) => {
    frame = 0;
    if (onPointerRest && win.performance.now() - pointerAt > POINTER_QUIET_MS) onPointerRest();
    if (!wantsFrames()) {
      lastFrame = null;
      return;
    }
    if (lastFrame !== null) controller.tick(now - lastFrame);
    lastFrame = now;
    frame = win.requestAnimationFrame(domStep);
  };
  const runFrames = () => {
    if (frame === 0 && wantsFrames()) frame = win.requestAnimationFrame(domStep);
  };
  cleanups.push(() => win.cancelAnimationFrame(frame));

  // When the DOM's screen or question appeared, whether a pointer has pressed since, and when a
  // pointer last moved or pressed at all.
  let shownAt = 0;
  let tapped = false;
  let pointerAt = Number.NEGATIVE_INFINITY;
  const onPress = () => {
    tapped = true;
    pointerAt = win.performance.now();
  };
  const onMove = () => (pointerAt = win.performance.now());
  win.addEventListener('pointerdown', onPress, { capture: true, passive: true });
  win.addEventListener('pointermove', onMove, { capture: true, passive: true });
  win.addEventListener('wheel', onMove, { capture: true, passive: true });
  cleanups.push(() => {
    win.removeEventListener('pointerdown', onPress, { capture: true });
    win.removeEventListener('pointermove', onMove, { capture: true });
    win.removeEventListener('wheel', onMove, { capture: true });
  });
  const shown = () => {
    shownAt = win.performance.now();
    tapped = false;
  };
  cleanups.push(
    roundStore.subscribe((s, p) => {
      if (!canvasOwns && asksNewQuestion(p.round, s.round)) shown();
    }),
    uiStore.subscribe((s, p) => {
      if (!canvasOwns && s.screenSeq !== p.screenSeq) shown();
      runFrames();
    }),
  );

  const route = () => {
    if (routed || disposed || first === undefined) return;
    // A challenge's intro needs the canvas; the menu and a question the DOM can draw.
    if (!booted && !DOM_DRAWN.has(first ?? 'menu')) return;
    routed = true;
    uiStore.getState().show(first ?? 'menu');
    if (canvasOwns) removeSplashSoon();
    else {
      const node = splash();
      if (node) node.hidden = true;
      if (first === 'quiz' && roundStore.getState().round?.phase === 'asking') markFirstQuestion();
      shown();
      runFrames();
      loadCanvasOnInput();
    }
    options.onRouted();
  };

  const takeOver = () => {
    if (canvasOwns || !canvas) return;
    canvasOwns = true;
    const screen = uiStore.getState().screen;
    if (routed) removeSplashSoon();
    if (uiRoot.dataset.canvas !== 'pending' || !routed) {
      delete uiRoot.dataset.canvas;
      return;
    }
    // The DOM keeps drawing until the scene has laid out its controls (a frame or two).
    const done = () => {
      off();
      clearTimeout(timer);
      delete uiRoot.dataset.canvas;
    };
    const off = uiStore.subscribe((s, p) => {
      if (s.controls !== p.controls) done();
    });
    const timer = setTimeout(done, HANDOVER_FALLBACK_MS);
    cleanups.push(done);
    canvas.show(screen);
  };

  // While the DOM draws, the canvas waits for a moment when no finger is about to tap.
  const takeOverWhenFree = () => {
    const now = win.performance.now();
    const screen = uiStore.getState().screen;
    const question = roundStore.getState().round;
    const reading =
      screen === 'quiz' ? question?.phase === 'asking' && !tapped && now - shownAt < EARLY_SWAP_MS : now - pointerAt > POINTER_QUIET_MS;
    if (reading || !DOM_DRAWN.has(screen)) return takeOver();
    const seq = uiStore.getState().screenSeq;
    const handOver = () => {
      onPointerRest = null;
      offRound();
      offUi();
      takeOver();
    };
    const check = () => {
      const round = roundStore.getState().round;
      const moved = uiStore.getState().screenSeq !== seq;
      if (moved || asksNewQuestion(question, round)) handOver();
    };
    const offRound = roundStore.subscribe(check);
    const offUi = uiStore.subscribe(check);
    cleanups.push(offRound, offUi);
    // The menu also once the pointer has rested over it (the frame loop looks).
    if (screen === 'menu') {
      onPointerRest = handOver;
      runFrames();
    }
  };

  cleanups.push(
    uiStore.subscribe((s, p) => {
      if (s.screenSeq !== p.screenSeq && canvasOwns) canvas?.show(s.screen);
    }),
  );

  let loading = false;
  const loadCanvas = () => {
    if (loading || disposed) return;
    loading = true;
    offInput();
    void options
      .loadRuntime()
      // Phaser's evaluation and its start-up as two tasks, not one long one (a tap between them
      // is answered sooner).
      .then((runtime) => new Promise<CanvasGameOptions['runtime']>((resolve) => setTimeout(() => resolve(runtime), 0)))
      .then(bootCanvas, () => {
        // A dropped connection: say so, keep playing on the DOM, and try again at the next input.
        loading = false;
        options.onCanvasFailed();
        if (routed && !disposed) loadCanvasOnInput();
      });
  };
  let offInput = () => {};
  // Armed as soon as the DOM's screen is up: a key pressed before its first paint counts too.
  const loadCanvasOnInput = () => {
    if (loading || disposed) return;
    const loadUnlessTimed = () => {
      if (disposed) return;
      if (!options.clockTicking()) return loadCanvas();
      // Mid-question: once it is answered (or its time is up).
      const off = roundStore.subscribe(() => {
        if (options.clockTicking()) return;
        off();
        loadCanvas();
      });
      cleanups.push(off);
    };
    const onInput = () => {
      offInput();
      // A tap on Play starts a timed question a moment later: look at the clock after that.
      const timer = setTimeout(() => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(loadUnlessTimed, { timeout: 1000 });
        else loadUnlessTimed();
      }, options.inputSettleMs ?? INPUT_SETTLE_MS);
      cleanups.push(() => clearTimeout(timer));
    };
    for (const type of PLAYER_INPUT) win.addEventListener(type, onInput, { capture: true, passive: true });
    offInput = () => {
      for (const type of PLAYER_INPUT) win.removeEventListener(type, onInput, { capture: true });
    };
  };
  cleanups.push(() => offInput());
  // However the player got there, a screen only the canvas draws needs it now.
  cleanups.push(
    uiStore.subscribe((s) => {
      if (routed && !DOM_DRAWN.has(s.screen)) loadCanvas();
    }),
  );
  if (options.canvasAtOnce) loadCanvas();

  void options.firstScreen.then(
    (screen) => {
      first = screen;
      if (!DOM_DRAWN.has(screen ?? 'menu')) loadCanvas();
      route();
    },
    () => {
      first = null;
      route();
    },
  );

  function bootCanvas(runtime: CanvasGameOptions['runtime']): void {
    if (disposed) return;
    canvas = (options.startCanvas ?? startCanvasGame)({
      runtime,
      parent: options.canvasParent,
      window: win,
      controller,
      onStep: (delta) => {
        if (canvasOwns) controller.tick(delta);
      },
      renderOnDemand: options.renderOnDemand,
      onReady: () => {
        booted = true;
        if (routed) return takeOverWhenFree();
        takeOver();
        route();
        if (!routed) canvas?.show('loading');
      },
    });
  }

  return {
    get game() {
      return canvas?.game ?? null;
    },
    frames: () => canvas?.frames() ?? { drawn: 0, skipped: 0 },
    dispose() {
      disposed = true;
      for (const fn of cleanups.reverse()) fn();
      canvas?.dispose();
      canvas = null;
    },
  };
}
