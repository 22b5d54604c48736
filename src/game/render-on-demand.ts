// Idle costs nothing: Phaser redraws the whole canvas every frame, even when nothing on it has
// changed (the menu sitting there, a Relaxed question waiting for an answer). This keeps the
// loop (input, timers, tweens and the question clock still step) but skips drawing a frame
// unless something can have changed since the last one: a canvas tween or particle is moving,
// a timer is pending, or the player, a store or the window did something in the last few
// frames. The canvas simply keeps its last picture meanwhile.
import type * as Phaser from 'phaser';
import { isDomTween } from './dom-tweens';

export interface RenderOnDemandOptions {
  /** Where input arrives (pointer, keys, wheel, focus) and resizes happen. */
  window: Window;
  /** Subscribe to changes that may redraw a screen (stores); each returns its unsubscribe. */
  subscriptions?: readonly ((onChange: () => void) => () => void)[];
}

export interface RenderGate {
  /** Draw the next few frames (call after changing something Phaser does not see). */
  invalidate(): void;
  /** Frames drawn and frames skipped since start (the bench reads these). */
  readonly drawn: number;
  readonly skipped: number;
  dispose(): void;
}

/** Frames drawn after any change: a scene switch or a layout settles over a couple of frames. */
const SETTLE_FRAMES = 6;
const INPUT_EVENTS = ['pointermove', 'pointerdown', 'pointerup', 'pointercancel', 'keydown', 'keyup', 'wheel', 'focusin', 'resize', 'orientationchange'] as const;

/** Whether something this scene draws on the canvas can be moving (tweens of DOM elements do not count). */
export function sceneMoves(scene: Phaser.Scene): boolean {
  const sys = scene.sys;
  if (!sys.isActive() && !sys.isPaused()) return false;
  if (scene.tweens.getTweens().some((tween) => !isDomTween(tween))) return true;
  // The clock's queues are not public API; a pending timer may change what is drawn.
  const clock = scene.time as unknown as { _active?: unknown[]; _pendingInsertion?: unknown[] };
  if ((clock._active?.length ?? 0) > 0 || (clock._pendingInsertion?.length ?? 0) > 0) return true;
  for (const child of sys.displayList.list) {
    const emitter = child as Partial<Phaser.GameObjects.Particles.ParticleEmitter>;
    if (child.type === 'ParticleEmitter' && typeof emitter.getAliveParticleCount === 'function' && emitter.getAliveParticleCount() > 0) return true;
  }
  return false;
}

export function renderOnDemand(game: Phaser.Game, options: RenderOnDemandOptions): RenderGate {
  let dirty = SETTLE_FRAMES;
  let draw = true;
  let drawn = 0;
  let skipped = 0;
  const invalidate = () => {
    dirty = SETTLE_FRAMES;
  };

  const decide = () => {
    // The question clock's bar is the page's (a transform), not the canvas's: a timed question
    // needs no canvas frames of its own.
    draw = dirty > 0 || game.scene.getScenes(false).some(sceneMoves);
    if (dirty > 0) dirty--;
    if (draw) drawn++;
    else skipped++;
  };
  game.events.on('poststep', decide);

  // The three draw calls of Game.step, skipped together so the canvas is neither cleared nor half drawn.
  // Typed as plain function properties: they are swapped on the instance, and called with it as `this`.
  type Draw = (this: unknown, arg?: unknown) => void;
  const renderer = game.renderer as unknown as { preRender: Draw; postRender: Draw };
  const scenes = game.scene as unknown as { render: Draw };
  const original = { preRender: renderer.preRender, postRender: renderer.postRender, render: scenes.render };
  renderer.preRender = function (this: unknown) {
    if (draw) original.preRender.call(this);
  };
  renderer.postRender = function (this: unknown) {
    if (draw) original.postRender.call(this);
  };
  scenes.render = function (this: unknown, r?: unknown) {
    if (draw) original.render.call(this, r);
  };

  const win = options.window;
  for (const type of INPUT_EVENTS) win.addEventListener(type, invalidate, { capture: true, passive: true });
  // Resizing the canvas clears it; a new texture (the baked ball, confetti) shows on the next draw.
  game.scale.on('resize', invalidate);
  game.textures.on('addtexture', invalidate);
  const unsubscribe = (options.subscriptions ?? []).map((subscribe) => subscribe(invalidate));

  return {
    invalidate,
    get drawn() {
      return drawn;
    },
    get skipped() {
      return skipped;
    },
    dispose() {
      game.events.off('poststep', decide);
      for (const type of INPUT_EVENTS) win.removeEventListener(type, invalidate, { capture: true });
      game.scale.off('resize', invalidate);
      game.textures.off('addtexture', invalidate);
      unsubscribe.forEach((off) => off());
      Object.assign(renderer, { preRender: original.preRender, postRender: original.postRender });
      scenes.render = original.render;
    },
  };
}
