// Who draws the screens, and when the first one shows. The canvas (Phaser, a lazily loaded chunk)
// draws every screen once it has booted. A deep link's question does not wait for it: the DOM
// layer draws that question itself at once (`data-canvas="pending"` on the UI root, styles.css)
// and a frame loop here runs its clock. The canvas takes over as soon as it is up if the player
// is still reading (the question appeared under EARLY_SWAP_MS ago and nothing was tapped), else at
// the next question or screen: the options never move under a finger about to tap one. Every
// other first screen waits for the canvas behind the page's static splash (index.html).
import type * as PhaserTypes from 'phaser';
import type { GameController } from '../app/controller';
import { markFirstQuestion } from '../app/first-question-mark';
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
  // Any screen but the DOM's question needs the canvas: until it is up, the splash says loading.
  cleanups.push(
    uiStore.subscribe((s) => {
      const node = splash();
      if (node && routed && !canvasOwns) node.hidden = s.screen === 'quiz';
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

  // When the DOM's question appeared, and whether a pointer has touched the page since.
  let shownAt = 0;
  let tapped = false;
  const onPointer = () => (tapped = true);
  win.addEventListener('pointerdown', onPointer, { capture: true, passive: true });
  cleanups.push(() => win.removeEventListener('pointerdown', onPointer, { capture: true }));
  cleanups.push(
    roundStore.subscribe((s, p) => {
      const r = s.round;
      if (canvasOwns || !r || r.phase !== 'asking' || (p.round?.phase === 'asking' && p.round.index === r.index && p.round.config === r.config)) return;
      shownAt = win.performance.now();
      tapped = false;
    }),
  );

  const route = () => {
    if (routed || disposed || first === undefined) return;
    // Only a question can be drawn by the DOM alone; the menu, results and intro need the canvas.
    if (!booted && first !== 'quiz') return;
    routed = true;
    uiStore.getState().show(first ?? 'menu');
    if (canvasOwns) {
      // The page's static splash gives way once the screen's first frame is drawn.
      win.requestAnimationFrame(() => win.requestAnimationFrame(() => splash()?.remove()));
    } else {
      const node = splash();
      if (node) node.hidden = true;
      if (roundStore.getState().round?.phase === 'asking') markFirstQuestion();
      shownAt = win.performance.now();
      frame = win.requestAnimationFrame(domStep);
    }
    options.onRouted();
  };

  const takeOver = () => {
    if (canvasOwns || !canvas) return;
    canvasOwns = true;
    const screen = uiStore.getState().screen;
    if (routed) win.requestAnimationFrame(() => win.requestAnimationFrame(() => splash()?.remove()));
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

  // While the DOM draws a question, the canvas waits for the next question or another screen.
  const takeOverWhenFree = () => {
    const question = roundStore.getState().round;
    const reading = question?.phase === 'asking' && !tapped && win.performance.now() - shownAt < EARLY_SWAP_MS;
    if (reading && uiStore.getState().screen === 'quiz') return takeOver();
    const index = question?.index;
    const check = () => {
      const round = roundStore.getState().round;
      const free = uiStore.getState().screen !== 'quiz' || !round || round.phase === 'finished' || round.config !== question?.config || (round.phase === 'asking' && round.index !== index);
      if (!free) return;
      offRound();
      offUi();
      takeOver();
    };
    const offRound = roundStore.subscribe(check);
    const offUi = uiStore.subscribe(check);
    cleanups.push(offRound, offUi);
    check();
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
