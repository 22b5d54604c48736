// Who draws the screens, and when the first one shows. The canvas (Phaser, a lazily loaded chunk)
// draws every screen once it has booted. The first screen does not wait for it when the DOM can
// draw it alone, the menu or a deep link's question: the DOM twin's own controls are shown as a
// plain page (`data-canvas="pending"` on the UI root, styles.css) and a frame loop here runs the
// question clock. The canvas takes over as soon as it is up if the player is not about to tap
// (on the menu: no pointer moved or pressed in the last second; on a question: it appeared under
// EARLY_SWAP_MS ago and nothing was tapped), else at the next screen or question, so controls
// never move under a finger. A challenge's intro, the results and screens reached before the
// canvas is up wait for it behind the page's static splash (index.html).
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
  runtime: Promise<CanvasGameOptions['runtime']>;
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
/** A pointer that moved or pressed this recently may be about to tap. */
export const POINTER_QUIET_MS = 1000;

/** The screens the DOM draws by itself until the canvas is up. */
const DOM_DRAWN = new Set<string>(['menu', 'quiz']);

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

  // The question clock's frames until the canvas loop takes them over.
  let lastFrame: number | null = null;
  let frame = 0;
  const domStep = (now: number) => {
    frame = 0;
    if (disposed || canvasOwns) return;
    if (lastFrame !== null) controller.tick(now - lastFrame);
    lastFrame = now;
    frame = win.requestAnimationFrame(domStep);
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
      frame = win.requestAnimationFrame(domStep);
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
    const check = () => {
      const round = roundStore.getState().round;
      const moved = uiStore.getState().screenSeq !== seq;
      if (!moved && !asksNewQuestion(question, round)) return;
      offRound();
      offUi();
      takeOver();
    };
    const offRound = roundStore.subscribe(check);
    const offUi = uiStore.subscribe(check);
    cleanups.push(offRound, offUi);
  };

  cleanups.push(
    uiStore.subscribe((s, p) => {
      if (s.screenSeq !== p.screenSeq && canvasOwns) canvas?.show(s.screen);
    }),
  );

  void options.firstScreen.then(
    (screen) => {
      first = screen;
      route();
    },
    () => {
      first = null;
      route();
    },
  );

  void options.runtime.then((runtime) => {
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
  }, () => options.onCanvasFailed());

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
