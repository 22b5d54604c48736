// The render gate's question "can anything on the canvas be moving?" (src/game/render-on-demand.ts),
// on stand-in scenes (Phaser itself cannot load in Node): a tween of a page element (a fade, the
// ✓/✗ pop, the score counting up) is not a reason to redraw the canvas; a canvas tween, a timer
// or live confetti is.
import { describe, expect, it } from 'vitest';
import type * as Phaser from 'phaser';
import { domTween } from '../../src/game/dom-tweens';
import { sceneMoves } from '../../src/game/render-on-demand';

function fakeScene(options: { tweens?: object[]; timers?: number; particles?: number; active?: boolean } = {}): Phaser.Scene {
  const list = options.particles === undefined ? [] : [{ type: 'ParticleEmitter', getAliveParticleCount: () => options.particles }];
  return {
    sys: { isActive: () => options.active ?? true, isPaused: () => false, displayList: { list } },
    tweens: { getTweens: () => options.tweens ?? [] },
    time: { _active: new Array(options.timers ?? 0).fill({}), _pendingInsertion: [] },
  } as unknown as Phaser.Scene;
}

describe('sceneMoves', () => {
  it('is still while only tweens of page elements run', () => {
    expect(sceneMoves(fakeScene({ tweens: [domTween({}), domTween({})] }))).toBe(false);
    expect(sceneMoves(fakeScene())).toBe(false);
  });

  it('moves while a canvas tween, a timer or confetti is live', () => {
    expect(sceneMoves(fakeScene({ tweens: [domTween({}), {}] }))).toBe(true);
    expect(sceneMoves(fakeScene({ timers: 1 }))).toBe(true);
    expect(sceneMoves(fakeScene({ particles: 3 }))).toBe(true);
    expect(sceneMoves(fakeScene({ particles: 0 }))).toBe(false);
  });

  it('is still when the scene is not running, whatever it holds', () => {
    expect(sceneMoves(fakeScene({ tweens: [{}], active: false }))).toBe(false);
  });
});
