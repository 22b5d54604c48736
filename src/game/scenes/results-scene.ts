// Full time's scene: the view (src/view/results-screen.ts) draws the results and their controls;
// this scene counts the score up in the view's own element and, for a good round, throws
// confetti from it on the canvas behind.
import type { GameController } from '../../app/controller';
import { formatPoints } from '../../app/format';
import { CONFETTI_FRAMES, CONFETTI_TEXTURE } from '../ui/pitch';
import { domTween } from '../dom-tweens';
import { BaseScene, type ScreenSurface } from './base-scene';

export class ResultsScene extends BaseScene {
  constructor(app: GameController, surface: ScreenSurface) {
    super('ResultsScene', app, surface);
  }

  create(): void {
    this.beginLifecycle();
    const round = this.app.roundStore.getState().round;
    const scoreText = this.surface.section('results')?.querySelector<HTMLElement>('.score');
    if (!round || !scoreText || this.reducedMotion) return;
    const counter = { value: 0 };
    const show = (n: number) => (scoreText.textContent = `${formatPoints(n)} points`);
    const tween = domTween(this.tweens.add({
      targets: counter,
      value: round.score,
      duration: Math.min(1200, 300 + round.score / 4),
      ease: 'Cubic.easeOut',
      onUpdate: () => show(Math.round(counter.value)),
      onComplete: () => show(round.score),
    }));
    this.track(() => {
      tween.remove();
      show(round.score);
    });
    const r = this.controlRect('score');
    if (r && round.history.length > 0 && round.correctCount / round.history.length >= 0.6) {
      const emitter = this.add.particles(0, 0, CONFETTI_TEXTURE, {
        emitting: false,
        speed: { min: 200, max: 520 },
        angle: { min: 230, max: 310 },
        gravityY: 650,
        lifespan: 1800,
        rotate: { start: 0, end: 720 },
        alpha: { start: 1, end: 0 },
        frame: CONFETTI_FRAMES,
      });
      emitter.explode(60, r.x + r.width / 2, r.y + r.height / 2);
    }
  }
}
