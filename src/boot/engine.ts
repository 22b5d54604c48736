// When the game engine (Phaser and the scenes, the page's heaviest download) arrives, and what it
// does then. The screens never wait for it: the view draws every screen as DOM from the first
// paint, and the engine's scenes adopt those same elements (effects, tweens, the pitch behind),
// so its arrival moves nothing. It is fetched at the player's first input (a player who only
// looks gets a page that never blocks), not while a question's clock runs (its start-up must not
// eat into an answer's time), and again at the next input if the download failed.
import type * as PhaserTypes from 'phaser';
import type { UiStore } from '../state/ui-store';
import type { RoundStore } from '../state/round-store';
import type { CanvasGame, CanvasGameOptions } from '../game/canvas-game';

/** After the first input, before the engine is fetched: a tap on Play has started its question by then. */
export const INPUT_SETTLE_MS = 400;
/** What a player does that says they are here to play (`click` covers a screen reader's activation). */
const PLAYER_INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'click'] as const;

export interface EngineOptions {
  window: Window;
  uiRoot: HTMLElement;
  uiStore: UiStore;
  roundStore: RoundStore;
  /** A question's clock is running: no heavy start-up now. */
  clockTicking(): boolean;
  /** Fetches Phaser and the scenes, and starts the game (tests hand over a stand-in). */
  load(): Promise<(options: Omit<CanvasGameOptions, 'runtime'>) => CanvasGame>;
  gameOptions: Omit<CanvasGameOptions, 'runtime' | 'onReady'>;
  onFailed(): void;
}

export interface Engine {
  readonly game: PhaserTypes.Game | null;
  frames(): { drawn: number; skipped: number };
  dispose(): void;
}

export function startEngineOnInput(options: EngineOptions): Engine {
  const { window: win, uiRoot, uiStore, roundStore } = options;
  const cleanups: (() => void)[] = [];
  let canvas: CanvasGame | null = null;
  let disposed = false;
  let loading = false;
  uiRoot.dataset.engine = 'pending';

  const boot = (start: Awaited<ReturnType<EngineOptions['load']>>) => {
    if (disposed) return;
    canvas = start({
      ...options.gameOptions,
      onReady: () => {
        uiRoot.dataset.engine = 'up';
        canvas?.show(uiStore.getState().screen);
      },
    });
    cleanups.push(
      uiStore.subscribe((s, p) => {
        if (s.screenSeq !== p.screenSeq) canvas?.show(s.screen);
      }),
    );
  };

  const load = () => {
    if (loading || disposed) return;
    loading = true;
    offInput();
    void options
      .load()
      // Phaser's evaluation and its start-up as two tasks, not one long one.
      .then((start) => new Promise<typeof start>((resolve) => setTimeout(() => resolve(start), 0)))
      .then(boot, () => {
        // A dropped connection: say so, keep playing, and try again at the next input.
        loading = false;
        options.onFailed();
        if (!disposed) armInput();
      });
  };
  const loadUnlessTimed = () => {
    if (disposed) return;
    if (!options.clockTicking()) return load();
    // Mid-question: once it is answered (or its time is up).
    const off = roundStore.subscribe(() => {
      if (options.clockTicking()) return;
      off();
      load();
    });
    cleanups.push(off);
  };
  let offInput = () => {};
  const armInput = () => {
    const onInput = () => {
      offInput();
      const timer = setTimeout(() => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(loadUnlessTimed, { timeout: 1000 });
        else loadUnlessTimed();
      }, INPUT_SETTLE_MS);
      cleanups.push(() => clearTimeout(timer));
    };
    for (const type of PLAYER_INPUT) win.addEventListener(type, onInput, { capture: true, passive: true });
    offInput = () => {
      for (const type of PLAYER_INPUT) win.removeEventListener(type, onInput, { capture: true });
    };
  };
  armInput();
  cleanups.push(() => offInput());

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
