// What every screen's scene shares: the controller, the screen's DOM (drawn by src/view, handed in
// through the wiring as a `ScreenSurface`), and a cleanup list that runs on `shutdown` (and
// `destroy`), so replaying rounds never stacks listeners, timers or subscriptions.
// A scene never lays out or relabels a control: it animates the elements the view drew (opacity,
// transforms: nothing that moves layout) and draws on the canvas behind them.
import * as Phaser from 'phaser';
import type { GameController } from '../../app/controller';
import type { Rect, Screen } from '../../state/ui-store';
import { domTween } from '../dom-tweens';
import { makeTextures } from '../ui/pitch';
import { currentPixelRatio } from '../ui/pixel-ratio';

/** The screens' DOM, as the scenes see it. */
export interface ScreenSurface {
  /** The element drawing `screen`, or null before it is first shown. */
  section(screen: Screen): HTMLElement | null;
}

export abstract class BaseScene extends Phaser.Scene {
  private cleanups: (() => void)[] = [];

  constructor(
    key: string,
    protected readonly app: GameController,
    protected readonly surface: ScreenSurface,
  ) {
    super({ key });
  }

  /**
   * The screen in CSS pixels. The canvas has `currentPixelRatio()` pixels per CSS pixel, and the
   * camera zooms by that ratio from the top-left, so scenes draw in the DOM's own units.
   */
  protected get view(): { width: number; height: number } {
    const ratio = currentPixelRatio();
    return { width: this.scale.width / ratio, height: this.scale.height / ratio };
  }

  private fitCamera(): void {
    this.cameras.main.setOrigin(0, 0).setZoom(currentPixelRatio());
  }

  /** Call first in `create()`. */
  protected beginLifecycle(): void {
    this.cleanups = [];
    this.fitCamera();
    const refit = () => this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, refit);
    this.cleanups.push(() => this.scale.off(Phaser.Scale.Events.RESIZE, refit));
    // Generated once per game, by whichever scene comes first.
    makeTextures(this);
    const run = () => this.runCleanups();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, run);
    this.events.once(Phaser.Scenes.Events.DESTROY, run);
    this.track(() => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, run);
      this.events.off(Phaser.Scenes.Events.DESTROY, run);
    });
  }

  protected track(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Subscribe to a store for the life of this scene run. */
  protected watch<S>(store: { subscribe(listener: (state: S, prev: S) => void): () => void }, listener: (state: S, prev: S) => void): void {
    this.track(store.subscribe(listener));
  }

  /** Where the view drew a control, in the canvas's CSS pixels (null when not on screen). */
  protected controlRect(id: string): Rect | null {
    return this.app.uiStore.getState().controls[id] ?? null;
  }

  /** A control's element on this scene's screen. */
  protected controlElement(screen: Screen, id: string): HTMLElement | null {
    return this.surface.section(screen)?.querySelector<HTMLElement>(`[data-control="${CSS.escape(id)}"]`) ?? null;
  }

  /**
   * Tween a DOM element's opacity (and optionally its scale) with the scene's tween manager, so
   * the game loop owns the animation and `shutdown` stops it. Never layout properties.
   */
  protected tweenElement(
    node: HTMLElement,
    from: { opacity?: number; scale?: number },
    to: { opacity?: number; scale?: number },
    config: { duration: number; delay?: number; ease?: string; yoyo?: boolean; repeat?: number; onComplete?: () => void },
  ): void {
    const state = { opacity: from.opacity ?? 1, scale: from.scale ?? 1 };
    const apply = () => {
      node.style.opacity = state.opacity === 1 ? '' : String(state.opacity);
      node.style.transform = state.scale === 1 ? '' : `scale(${state.scale})`;
    };
    apply();
    const tween = domTween(this.tweens.add({
      targets: state,
      opacity: to.opacity ?? state.opacity,
      scale: to.scale ?? state.scale,
      duration: config.duration,
      delay: config.delay ?? 0,
      ease: config.ease ?? 'Sine.easeOut',
      yoyo: config.yoyo ?? false,
      repeat: config.repeat ?? 0,
      onUpdate: apply,
      onComplete: () => {
        apply();
        config.onComplete?.();
      },
    }));
    this.track(() => {
      tween.remove();
      node.style.opacity = '';
      node.style.transform = '';
    });
  }

  protected get reducedMotion(): boolean {
    return this.app.uiStore.getState().reducedMotion;
  }

  private runCleanups(): void {
    const list = this.cleanups;
    this.cleanups = [];
    for (const fn of list.reverse()) {
      try {
        fn();
      } catch {
        // One failed cleanup must not keep the others from running.
      }
    }
  }
}
