// The question screen's flourishes: options fading in, the ✓/✗ pop, confetti on a right answer,
// a shake on a wrong one, the timer flashing on a timeout, and the streak banner with a kicked
// ball. Purely decoration of what the round store already decided (roundEvents), all skipped
// under prefers-reduced-motion, and kept in the HUD band so they never cover the question.
import type * as Phaser from 'phaser';
import { roundEvents, type RoundState } from '../../domain/round';
import { streakMultiplier } from '../../domain/scoring';
import type { CanvasButton } from '../ui/button';
import { BALL_TEXTURE, CONFETTI_FRAMES, CONFETTI_TEXTURE } from '../ui/pitch';
import { CSS, baseFontSize, textStyle } from '../ui/theme';

/** What the effects read from the scene, when they play (objects are remade on every start). */
export interface EffectTargets {
  prompt(): Phaser.GameObjects.Text;
  answers(): readonly CanvasButton[];
  timerTrack(): Phaser.GameObjects.Rectangle;
  /** Bottom of the HUD band: the banner and ball stay above it. */
  hudBottom(): number;
  view(): { width: number; height: number };
  reducedMotion(): boolean;
  onNewQuestion(): void;
}

interface Flourish {
  banner: Phaser.GameObjects.Text;
  kickBall: Phaser.GameObjects.Image;
  confetti: Phaser.GameObjects.Particles.ParticleEmitter;
}

export class QuizEffects {
  private fx: Flourish | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly targets: EffectTargets,
  ) {}

  /** React to one store change. */
  play(round: RoundState | null, prev: RoundState | null): void {
    if (!round || !prev || round.config !== prev.config) return;
    const t = this.targets;
    const tweens = this.scene.tweens;
    for (const event of roundEvents(prev, round)) {
      if (event.kind === 'question') {
        t.onNewQuestion();
        if (t.reducedMotion()) continue;
        const targets = [t.prompt(), ...t.answers().map((a) => a.container)];
        tweens.killTweensOf(targets);
        // Never from 0: Phaser skips input on invisible objects, and the clock is already running.
        targets.forEach((o) => o.setAlpha(0.35));
        tweens.add({ targets, alpha: 1, duration: 200, delay: tweens.stagger(40, {}) });
        continue;
      }
      if (t.reducedMotion()) continue;
      if (event.kind === 'answered') {
        const question = round.questions[round.index];
        const right = question ? t.answers()[question.answer] : undefined;
        if (right) this.pop(right.markObject);
        if (event.correct && right) {
          const r = right.rect();
          this.flourish().confetti.explode(36, r.x + r.width / 2, r.y + r.height / 2);
        } else if (event.chosen !== null) {
          const wrong = t.answers()[event.chosen];
          if (wrong) {
            this.pop(wrong.markObject);
            const x = wrong.container.x;
            tweens.add({ targets: wrong.container, x: { from: x - 8, to: x }, duration: 60, repeat: 3, yoyo: true, onComplete: () => wrong.container.setX(x) });
          }
        } else {
          tweens.add({ targets: t.timerTrack(), alpha: { from: 0.3, to: 1 }, duration: 120, repeat: 3, yoyo: true });
        }
      }
      if (event.kind === 'streak-milestone') this.celebrateStreak(event.streak);
    }
  }

  private flourish(): Flourish {
    if (this.fx) return this.fx;
    const { width, height } = this.targets.view();
    const fs = baseFontSize(width, height);
    const add = this.scene.add;
    this.fx = {
      banner: add
        .text(0, 0, '', { ...textStyle(fs * 1.6, CSS.gold, true), stroke: '#07152b', strokeThickness: 6 })
        .setOrigin(0.5)
        .setDepth(20)
        .setVisible(false),
      kickBall: add.image(-100, -100, BALL_TEXTURE).setDepth(19).setVisible(false),
      confetti: add
        .particles(0, 0, CONFETTI_TEXTURE, {
          emitting: false,
          speed: { min: 160, max: 460 },
          angle: { min: 200, max: 340 },
          gravityY: 700,
          lifespan: 1300,
          rotate: { start: 0, end: 540 },
          scale: { start: 1.2, end: 0.7 },
          alpha: { start: 1, end: 0 },
          frame: CONFETTI_FRAMES,
        })
        .setDepth(18),
    };
    return this.fx;
  }

  private pop(target: Phaser.GameObjects.Graphics): void {
    target.setScale(0.2);
    this.scene.tweens.add({ targets: target, scale: 1, duration: 260, ease: 'Back.easeOut' });
  }

  private celebrateStreak(streak: number): void {
    const { width, height } = this.targets.view();
    const { banner, kickBall } = this.flourish();
    const tweens = this.scene.tweens;
    // Over the HUD, never over the question or the answers the player is reading.
    const band = Math.max(this.targets.hudBottom(), 60);
    banner.setFontSize(Math.round(Math.min(baseFontSize(width, height) * 1.6, band * 0.45)));
    banner.setText(`Streak ${streak}! ×${streakMultiplier(streak)}`).setPosition(width / 2, band / 2).setVisible(true).setAlpha(1).setScale(0.4);
    tweens.add({
      targets: banner,
      scale: 1,
      duration: 320,
      ease: 'Back.easeOut',
      onComplete: () => {
        tweens.add({ targets: banner, alpha: 0, delay: 700, duration: 300, onComplete: () => banner.setVisible(false) });
      },
    });
    const size = Math.min(baseFontSize(width, height) * 2.2, band * 0.6);
    kickBall.setDisplaySize(size, size).setPosition(-size, band - size / 2).setVisible(true).setAngle(0);
    tweens.add({ targets: kickBall, x: width + size, angle: 720, duration: 900, ease: 'Sine.easeIn', onComplete: () => kickBall.setVisible(false) });
    tweens.add({ targets: kickBall, y: size / 2, duration: 450, yoyo: true, ease: 'Quad.easeOut' });
  }
}
