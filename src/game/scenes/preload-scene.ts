// Loading screen, shown only while packs are still arriving: a progress bar fed by the pack
// loader (packs are the only thing fetched before play; sound loads later, in the background).
import type { GameController } from '../../app/controller';
import { BALL_TEXTURE } from '../ui/pitch';
import { COLORS, CSS, baseFontSize, textStyle } from '../ui/theme';
import { BaseScene } from './base-scene';

export class PreloadScene extends BaseScene {
  constructor(app: GameController) {
    super('PreloadScene', app);
  }

  create(): void {
    this.beginLifecycle();
    // The packs may have arrived between Boot asking for this scene and it starting.
    if (this.app.uiStore.getState().screen !== 'loading') {
      this.scene.stop();
      return;
    }
    const title = this.add.text(0, 0, 'Football Trivia', textStyle(24, CSS.text, true)).setOrigin(0.5);
    const ball = this.add.image(0, 0, BALL_TEXTURE);
    const label = this.add.text(0, 0, 'Loading…', textStyle(16, CSS.soft)).setOrigin(0.5);
    const track = this.add.rectangle(0, 0, 10, 10, COLORS.night, 0.8).setOrigin(0, 0.5).setStrokeStyle(2, COLORS.panelLine);
    const fill = this.add.rectangle(0, 0, 10, 10, COLORS.gold).setOrigin(0, 0.5);
    let barWidth = 0;
    const layout = (width: number, height: number) => {
      const fs = baseFontSize(width, height);
      barWidth = Math.min(420, width * 0.7);
      title.setFontSize(Math.round(fs * 1.6)).setPosition(width / 2, height / 2 - fs * 4);
      ball.setDisplaySize(fs * 3, fs * 3).setPosition(width / 2, height / 2 - fs * 1.2);
      track.setPosition((width - barWidth) / 2, height / 2 + fs * 1.6).setSize(barWidth, Math.max(10, fs * 0.7));
      fill.setPosition((width - barWidth) / 2, height / 2 + fs * 1.6);
      label.setFontSize(fs).setPosition(width / 2, height / 2 + fs * 3.2);
      draw();
    };
    const draw = () => {
      const p = this.app.uiStore.getState().loadProgress;
      fill.setSize(Math.max(2, barWidth * p), Math.max(10, this.view.height / 60));
      label.setText(`Loading… ${Math.round(p * 100)}%`);
    };
    layout(this.view.width, this.view.height);
    this.onResize(layout);
    this.watch(this.app.uiStore, (s, p) => {
      if (s.loadProgress !== p.loadProgress) draw();
    });
    if (!this.reducedMotion) {
      const spin = this.tweens.add({ targets: ball, angle: 360, duration: 1400, repeat: -1 });
      this.track(() => spin.remove());
    }
  }
}
