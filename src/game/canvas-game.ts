// The game engine: Phaser's config and scene list, the canvas (behind the screens' DOM) following
// its container's size and density, frames drawn only when something can have changed, and which
// scene adopts which screen. The wiring (src/boot/) decides when it starts.
import type * as PhaserTypes from 'phaser';
import type { GameController } from '../app/controller';
import type { ScreenSurface } from './scenes/base-scene';
import type { Screen } from '../state/ui-store';
import { COLORS } from './ui/theme';
import { renderOnDemand, type RenderGate, type RenderOnDemandOptions } from './render-on-demand';
import { currentPixelRatio, pixelRatioFor, setCurrentPixelRatio } from './ui/pixel-ratio';

type Runtime = typeof import('./scenes');

/** Which scene adopts which screen (the loading and intro screens have no effects: the pitch only). */
export const SCENE_FOR_SCREEN: Record<Screen, string | null> = {
  loading: null,
  menu: 'MenuScene',
  intro: null,
  quiz: 'QuizScene',
  results: 'ResultsScene',
};

export interface CanvasGameOptions {
  runtime: Runtime;
  parent: HTMLElement;
  window: Window;
  controller: GameController;
  /** The screens' DOM the scenes adopt. */
  surface: ScreenSurface;
  /** Once Phaser has booted (its renderer exists). */
  onReady(): void;
  renderOnDemand: Omit<RenderOnDemandOptions, 'window'>;
}

export interface CanvasGame {
  readonly game: PhaserTypes.Game;
  /** Frames drawn and skipped since boot (the bench's idle figure). */
  frames(): { drawn: number; skipped: number };
  /** Start the scene that adopts `screen` and stop the others (the pitch stays). */
  show(screen: Screen): void;
  dispose(): void;
}

export function startCanvasGame(options: CanvasGameOptions): CanvasGame {
  const { runtime, parent, window: win, controller } = options;
  const { Phaser } = runtime;
  const canvasSize = () => {
    const width = Math.max(1, parent.clientWidth || win.innerWidth);
    const height = Math.max(1, parent.clientHeight || win.innerHeight);
    return { width, height, ratio: pixelRatioFor(width, height, win.devicePixelRatio ?? 1) };
  };
  const initialSize = canvasSize();
  setCurrentPixelRatio(initialSize.ratio);
  const game = new Phaser.Game({
    // Canvas, in the build and the dev server alike: the build ships only Phaser's Canvas
    // renderer (build/lean-phaser.ts).
    type: Phaser.CANVAS,
    parent,
    // Transparent: the baked pitch canvas shows through from behind (see PitchScene).
    transparent: true,
    backgroundColor: COLORS.night,
    banner: false,
    // howler owns audio; a second AudioContext from Phaser would only fight it for the unlock.
    audio: { noAudio: true },
    // Sized by hand (fitCanvas below): the canvas has `ratio` pixels per CSS pixel and is
    // shown at CSS size, so phones get a sharp picture; RESIZE mode would draw at 1×.
    scale: { mode: Phaser.Scale.NONE, width: initialSize.width * initialSize.ratio, height: initialSize.height * initialSize.ratio, zoom: 1 / initialSize.ratio },
    render: { antialias: true, antialiasGL: false },
    // Every input goes to the screens' DOM controls: the canvas is behind them and takes none.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // The pitch is first, so it starts by itself; every other scene is started by `show`.
    scene: [
      new runtime.PitchScene(parent),
      new runtime.MenuScene(controller, options.surface),
      new runtime.QuizScene(controller, options.surface),
      new runtime.ResultsScene(controller, options.surface),
    ],
  });
  const cleanups: (() => void)[] = [];
  // Follow the container's size and the screen's density (browser zoom, another monitor).
  const fitCanvas = () => {
    const { width, height, ratio } = canvasSize();
    const scale = game.scale;
    if (scale.width === Math.round(width * ratio) && scale.height === Math.round(height * ratio) && currentPixelRatio() === ratio) return;
    setCurrentPixelRatio(ratio);
    scale.setZoom(1 / ratio);
    scale.resize(Math.round(width * ratio), Math.round(height * ratio));
  };
  const sizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fitCanvas());
  sizeObserver?.observe(parent);
  win.addEventListener('resize', fitCanvas);
  cleanups.push(() => {
    sizeObserver?.disconnect();
    win.removeEventListener('resize', fitCanvas);
  });
  let gate: RenderGate | null = null;
  game.events.once(Phaser.Core.Events.READY, () => {
    // Draw only frames in which something can have changed (the renderer exists from READY).
    gate = renderOnDemand(game, { ...options.renderOnDemand, window: win });
    cleanups.push(() => gate?.dispose());
    options.onReady();
  });

  return {
    game,
    frames: () => ({ drawn: gate?.drawn ?? 0, skipped: gate?.skipped ?? 0 }),
    show(screen) {
      const target = SCENE_FOR_SCREEN[screen];
      for (const key of Object.values(SCENE_FOR_SCREEN)) {
        if (key && key !== target && (game.scene.isActive(key) || game.scene.isPaused(key) || game.scene.isSleeping(key))) game.scene.stop(key);
      }
      if (target) game.scene.start(target);
    },
    dispose() {
      for (const fn of cleanups.reverse()) fn();
      game.destroy(true);
    },
  };
}
