// A challenge link's intro: who set the score to beat, on which pack, mode and difficulty, and a
// Start button. The round is already prepared behind it; its first question and clock only start
// when the player presses Start (the controller's beginChallenge), never while they read this.
import * as Phaser from 'phaser';
import type { Rect } from '../../state/ui-store';
import type { GameController } from '../../app/controller';
import { CanvasButton } from '../ui/button';
import { challengeHeadline } from '../../app/format';
import { BALL_TEXTURE } from '../ui/pitch';
import { setWrap } from '../ui/text';
import { CSS, baseFontSize, textStyle } from '../ui/theme';
import { BaseScene } from './base-scene';

export class IntroScene extends BaseScene {
  private ball!: Phaser.GameObjects.Image;
  private kicker!: Phaser.GameObjects.Text;
  private headline!: Phaser.GameObjects.Text;
  private details!: Phaser.GameObjects.Text;
  private start!: CanvasButton;
  private menu!: CanvasButton;

  constructor(app: GameController) {
    super('IntroScene', app);
  }

  create(): void {
    this.beginLifecycle();
    const { width, height } = this.view;
    const fs = baseFontSize(width, height);
    const challenge = this.app.uiStore.getState().challenge;
    this.ball = this.add.image(0, 0, BALL_TEXTURE);
    this.kicker = this.add.text(0, 0, 'Challenge', textStyle(fs, CSS.gold, true)).setOrigin(0.5, 0);
    this.headline = this.add.text(0, 0, challenge ? challengeHeadline(challenge) : 'A friend challenged you', { ...textStyle(fs * 1.4, CSS.text, true), align: 'center' }).setOrigin(0.5, 0);
    this.details = this.add
      .text(0, 0, challenge ? `${challenge.packTitle}\n${challenge.mode} · ${challenge.difficulty} · the very same questions` : '', { ...textStyle(fs, CSS.soft), align: 'center' })
      .setOrigin(0.5, 0);
    this.start = new CanvasButton(this, { label: 'Start', fontSize: fs * 1.3, onPress: () => this.app.beginChallenge() });
    this.start.setLook('primary');
    this.menu = new CanvasButton(this, { label: 'Menu', fontSize: fs, onPress: () => this.app.toMenu() });
    this.layout(width, height);
    this.onResize((w, h) => this.layout(w, h));
    this.onShortcut((s) => {
      if (s.kind === 'continue') this.app.beginChallenge();
    });
    // No idle bob of the ball: a screen waiting for the player draws nothing (issue 13).
  }

  private layout(width: number, height: number): void {
    const fs = baseFontSize(width, height);
    const pad = Math.round(Math.min(40, Math.max(14, width * 0.05)));
    const cw = Math.min(width - 2 * pad, 640);
    const cx = width / 2;
    const gap = Math.max(10, Math.round(fs * 0.7));
    const ballSize = Math.round(fs * 3);
    const buttonH = Math.max(52, Math.round(fs * 2.8));
    setWrap(this.headline.setFontSize(Math.round(fs * 1.4)), cw);
    setWrap(this.details.setFontSize(Math.round(fs * 0.95)), cw);
    const total = ballSize + gap + this.kicker.height + gap * 0.5 + this.headline.height + gap + this.details.height + gap * 2 + buttonH * 2 + gap;
    // Room below the buttons for the challenge's online board (a DOM panel laid over it).
    const reserve = Math.min(Math.round(fs * 14), Math.max(0, height - total - 2 * pad - gap));
    let y = Math.max(pad, Math.round((height - reserve - total) / 2));
    this.ball.setDisplaySize(ballSize, ballSize).setPosition(cx, y + ballSize / 2);
    y += ballSize + gap;
    this.kicker.setFontSize(fs).setPosition(cx, y);
    y += this.kicker.height + gap * 0.5;
    this.headline.setPosition(cx, y);
    y += this.headline.height + gap;
    this.details.setPosition(cx, y);
    y += this.details.height + gap * 2;
    const bw = Math.min(cw, 420);
    this.start.setFontSize(Math.round(fs * 1.3)).setBox(cx - bw / 2, y, bw, buttonH);
    y += buttonH + gap;
    const menuH = Math.max(44, Math.round(fs * 2.2));
    this.menu.setFontSize(fs).setBox(cx - bw / 2, y, bw, menuH);
    y += menuH + gap;
    const boardH = height - pad - y;
    const board: Rect = boardH >= fs * 5 ? { x: cx - cw / 2, y, width: cw, height: boardH } : { x: 0, y: 0, width: 0, height: 0 };
    const controls: Record<string, Rect> = { start: this.start.rect(), menu: this.menu.rect(), board };
    this.publishControls(controls);
  }
}
