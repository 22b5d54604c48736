// What every view scene shares: the controller it was handed, and a cleanup list that runs on
// `shutdown` (and `destroy`), so replaying rounds never stacks listeners, timers or subscriptions.
import * as Phaser from 'phaser';
import type { GameController } from '../../app/controller';
import type { Rect } from '../../state/ui-store';
import { shortcutFor, type Shortcut } from '../../app/dom/keys';
import { makeTextures } from '../ui/pitch';
import { currentPixelRatio } from '../ui/pixel-ratio';

export abstract class BaseScene extends Phaser.Scene {
  private cleanups: (() => void)[] = [];

  constructor(
    key: string,
    protected readonly app: GameController,
  ) {
    super({ key });
  }

  /**
   * The screen in CSS pixels. The canvas has `currentPixelRatio()` pixels per CSS pixel, and the
   * camera zooms by that ratio from the top-left, so every scene lays out, publishes control
   * rectangles and receives input in CSS pixels, the same units as the DOM twin.
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

  protected onResize(handler: (width: number, height: number) => void): void {
    const fn = () => {
      const { width, height } = this.view;
      handler(width, height);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, fn);
    this.track(() => this.scale.off(Phaser.Scale.Events.RESIZE, fn));
  }

  protected onShortcut(handler: (shortcut: Shortcut) => void): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const fn = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      if (shortcut.kind === 'mute') {
        this.app.toggleMute();
        return;
      }
      handler(shortcut);
    };
    keyboard.on('keydown', fn);
    this.track(() => keyboard.off('keydown', fn));
  }

  protected publishControls(controls: Record<string, Rect>): void {
    const rounded: Record<string, Rect> = {};
    for (const [id, r] of Object.entries(controls)) {
      rounded[id] = { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
    }
    this.app.uiStore.getState().setControls(rounded);
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
