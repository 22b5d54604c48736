// The question screen's flourishes: the answers fading in, the ✓/✗ pop, confetti on a right
// answer, the clock flashing on a timeout, and the streak banner with a kicked ball. Purely
// decoration of what the round store already decided (roundEvents), all skipped under
// prefers-reduced-motion. The canvas is behind the page's controls, so confetti and the ball can
// never cover the feedback text; the banner is the view's own element in the HUD band.
import type * as Phaser from 'phaser';
import { roundEvents, type RoundState } from '../../domain/round';
import { streakMultiplier } from '../../domain/scoring';
import type { Rect } from '../../state/ui-store';
import { BALL_TEXTURE, CONFETTI_FRAMES, CONFETTI_TEXTURE } from '../ui/pitch';

/** What the effects need from their scene. */
export interface EffectTargets {
  /** The quiz screen's element (the view's). */
  section(): HTMLElement | null;
  rect(id: string): Rect | null;
  reducedMotion(): boolean;
  tweenElement(node: HTMLElement, from: { opacity?: number; scale?: number }, to: { opacity?: number; scale?: number }, config: { duration: number; delay?: number; ease?: string; yoyo?: boolean; repeat?: number; onComplete?: () => void }): void;
  view(): { width: number; height: number };
}

export class QuizEffects {
  private confetti: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private kickBall: Phaser.GameObjects.Image | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly t: EffectTargets,
  ) {}

  /** React to one store change. */
  play(round: RoundState | null, prev: RoundState | null): void {
    if (!round || !prev || round.config !== prev.config || this.t.reducedMotion()) return;
    const section = this.t.section();
    if (!section) return;
    for (const event of roundEvents(prev, round)) {
      if (event.kind === 'question') {
        // Never from 0: a player may tap an answer while it fades in.
        section.querySelectorAll<HTMLElement>('.answer:not([hidden])').forEach((node, i) => this.t.tweenElement(node, { opacity: 0.35 }, { opacity: 1 }, { duration: 200, delay: i * 40 }));
      } else if (event.kind === 'answered') {
        const question = round.questions[round.index];
        if (!question) continue;
        this.pop(section, question.answer);
        if (event.correct) {
          const r = this.t.rect(`answer:${question.answer}`);
          if (r) this.emitter().explode(36, r.x + r.width / 2, r.y + r.height / 2);
        } else if (event.chosen !== null) this.pop(section, event.chosen);
        else {
          const clock = section.querySelector<HTMLElement>('.clock');
          if (clock) this.t.tweenElement(clock, { opacity: 0.3 }, { opacity: 1 }, { duration: 120, yoyo: true, repeat: 3 });
        }
      } else if (event.kind === 'streak-milestone') this.celebrateStreak(section, event.streak);
    }
  }

  private pop(section: HTMLElement, index: number): void {
    const mark = section.querySelector<HTMLElement>(`[data-control="answer:${index}"] .mark`);
    if (mark) this.t.tweenElement(mark, { scale: 0.2 }, { scale: 1 }, { duration: 260, ease: 'Back.easeOut' });
  }

  private emitter(): Phaser.GameObjects.Particles.ParticleEmitter {
    this.confetti ??= this.scene.add
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
      .setDepth(18);
    return this.confetti;
  }

  private celebrateStreak(section: HTMLElement, streak: number): void {
    const banner = section.querySelector<HTMLElement>('.streak-banner');
    if (banner) {
      banner.textContent = `Streak ${streak}! ×${streakMultiplier(streak)}`;
      banner.hidden = false;
      this.t.tweenElement(banner, { scale: 0.4 }, { scale: 1 }, {
        duration: 320,
        ease: 'Back.easeOut',
        onComplete: () => this.t.tweenElement(banner, { opacity: 1 }, { opacity: 0 }, { duration: 300, delay: 700, onComplete: () => (banner.hidden = true) }),
      });
    }
    // The ball rolls across the HUD band, behind the controls.
    const { width } = this.t.view();
    const band = this.t.rect('timer') ?? { y: 40, height: 10 };
    const size = 36;
    this.kickBall ??= this.scene.add.image(-100, -100, BALL_TEXTURE).setDepth(19);
    const ball = this.kickBall.setDisplaySize(size, size).setPosition(-size, band.y + band.height / 2).setVisible(true).setAngle(0);
    this.scene.tweens.add({ targets: ball, x: width + size, angle: 720, duration: 900, ease: 'Sine.easeIn', onComplete: () => ball.setVisible(false) });
  }
}
