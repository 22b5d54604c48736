// Full time: score, right answers, best streak, total time, Play again / Menu. The per-question
// review (long text that must scroll) and any extension panels (share, daily challenge) live in
// the DOM layer, in the `panel` rectangle this scene reserves for them.
import * as Phaser from 'phaser';
import type { RoundState } from '../../domain/round';
import type { Rect } from '../../state/ui-store';
import type { GameController } from '../../app/controller';
import { CanvasButton } from '../ui/button';
import { DIFFICULTY_LABEL, ROUND_MODE_LABEL, formatPoints, resultsSummary } from '../../app/format';
import { BALL_TEXTURE, CONFETTI_FRAMES, CONFETTI_TEXTURE } from '../ui/pitch';
import { setWrap } from '../ui/text';
import { CSS, baseFontSize, textStyle } from '../ui/theme';
import { BaseScene } from './base-scene';

export class ResultsScene extends BaseScene {
  private title!: Phaser.GameObjects.Text;
  private subtitle!: Phaser.GameObjects.Text;
  private scoreText!: Phaser.GameObjects.Text;
  private pointsLabel!: Phaser.GameObjects.Text;
  private stats!: Phaser.GameObjects.Text;
  private ball!: Phaser.GameObjects.Image;
  private again!: CanvasButton;
  private menu!: CanvasButton;

  constructor(app: GameController) {
    super('ResultsScene', app);
  }

  create(): void {
    this.beginLifecycle();
    const round = this.app.roundStore.getState().round;
    const fs = baseFontSize(this.view.width, this.view.height);
    this.ball = this.add.image(0, 0, BALL_TEXTURE);
    this.title = this.add.text(0, 0, 'Full time', textStyle(fs * 1.8, CSS.gold, true)).setOrigin(0.5, 0);
    this.subtitle = this.add.text(0, 0, '', { ...textStyle(fs * 0.85, CSS.soft), align: 'center' }).setOrigin(0.5, 0);
    this.scoreText = this.add.text(0, 0, '0', textStyle(fs * 3, CSS.text, true)).setOrigin(0.5, 0);
    this.pointsLabel = this.add.text(0, 0, 'points', textStyle(fs, CSS.soft)).setOrigin(0.5, 0);
    this.stats = this.add.text(0, 0, '', { ...textStyle(fs, CSS.text), align: 'center', lineSpacing: 4 }).setOrigin(0.5, 0);
    this.again = new CanvasButton(this, { label: 'Play again', fontSize: fs * 1.1, onPress: () => this.app.playAgain() });
    this.again.setLook('primary');
    this.menu = new CanvasButton(this, { label: 'Menu', fontSize: fs, onPress: () => this.app.toMenu() });
    if (round) {
      const s = resultsSummary(round);
      const pack = this.app.uiStore.getState().packs.find((p) => p.status === 'ok' && p.id === round.config.packId);
      this.subtitle.setText(`${pack?.title ?? round.config.packId}\n${ROUND_MODE_LABEL[round.config.mode]} · ${DIFFICULTY_LABEL[round.config.difficulty]}`);
      this.stats.setText([s.correct, s.streak, s.time].join('\n'));
      this.scoreText.setText(s.score);
    }
    this.layout(this.view.width, this.view.height);
    this.onResize((w, h) => this.layout(w, h));
    this.onShortcut(() => undefined);
    if (round && !this.reducedMotion) this.celebrate(round);
  }

  private celebrate(round: RoundState): void {
    const counter = { value: 0 };
    const tween = this.tweens.add({
      targets: counter,
      value: round.score,
      duration: Math.min(1200, 300 + round.score / 4),
      ease: 'Cubic.easeOut',
      onUpdate: () => this.scoreText.setText(formatPoints(Math.round(counter.value))),
      onComplete: () => this.scoreText.setText(formatPoints(round.score)),
    });
    this.track(() => tween.remove());
    if (round.history.length > 0 && round.correctCount / round.history.length >= 0.6) {
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
      emitter.explode(60, this.scoreText.x, this.scoreText.y + this.scoreText.height / 2);
    }
    this.tweens.add({ targets: this.ball, angle: 360, duration: 1200, ease: 'Cubic.easeOut' });
  }

  private layout(width: number, height: number): void {
    const fs = baseFontSize(width, height);
    const pad = Math.round(Math.min(40, Math.max(14, width * 0.04)));
    const wide = width >= 900 && width > height;
    const colW = wide ? Math.min(520, (width - 3 * pad) * 0.42) : Math.min(width - 2 * pad, 640);
    const cx = wide ? pad + colW / 2 : width / 2;
    const gap = Math.max(8, Math.round(fs * 0.5));
    const controls: Record<string, Rect> = {};
    let y = pad;
    const ballSize = Math.round(fs * (wide ? 3 : 2));
    this.ball.setDisplaySize(ballSize, ballSize).setPosition(cx, y + ballSize / 2);
    y += ballSize + gap * 0.5;
    this.title.setFontSize(Math.round(fs * (wide ? 1.8 : 1.5))).setPosition(cx, y);
    y += this.title.height;
    setWrap(this.subtitle.setFontSize(Math.round(fs * 0.85)), colW).setPosition(cx, y);
    y += this.subtitle.height + gap;
    this.scoreText.setFontSize(Math.round(fs * (wide ? 3.2 : 2.4))).setPosition(cx, y);
    y += this.scoreText.height;
    this.pointsLabel.setFontSize(Math.round(fs * 0.9)).setPosition(cx, y);
    y += this.pointsLabel.height + gap;
    this.stats.setFontSize(Math.round(fs * (wide ? 1.05 : 0.95))).setPosition(cx, y);
    y += this.stats.height + gap * 1.5;
    const buttonH = Math.max(48, Math.round(fs * 2.5));
    if (wide) {
      this.again.setFontSize(Math.round(fs * 1.1)).setBox(cx - colW / 2, y, colW, buttonH);
      y += buttonH + gap;
      this.menu.setFontSize(fs).setBox(cx - colW / 2, y, colW, buttonH);
      y += buttonH;
    } else {
      const half = (colW - gap) / 2;
      this.again.setFontSize(Math.round(fs * 1.05)).setBox(cx - colW / 2, y, half, buttonH);
      this.menu.setFontSize(fs).setBox(cx - colW / 2 + half + gap, y, half, buttonH);
      y += buttonH + gap;
    }
    controls.again = this.again.rect();
    controls.menu = this.menu.rect();
    controls.panel = wide
      ? { x: 2 * pad + colW, y: pad, width: width - 3 * pad - colW, height: height - 2 * pad }
      : { x: (width - colW) / 2, y, width: colW, height: Math.max(120, height - pad - y) };
    this.publishControls(controls);
  }
}
