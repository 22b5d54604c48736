// The menu's scene: the view (src/view/menu-screen.ts) draws the menu and its controls; the canvas
// draws the ball beside the title, where the view keeps its place, and rolls it in.
import type { GameController } from '../../app/controller';
import { BALL_TEXTURE } from '../ui/pitch';
import { BaseScene, type ScreenSurface } from './base-scene';

export class MenuScene extends BaseScene {
  constructor(app: GameController, surface: ScreenSurface) {
    super('MenuScene', app, surface);
  }

  create(): void {
    this.beginLifecycle();
    const ball = this.add.image(-100, -100, BALL_TEXTURE).setVisible(false);
    let rolled = false;
    const place = () => {
      const r = this.controlRect('ball');
      if (!r) return ball.setVisible(false);
      ball.setDisplaySize(r.width, r.height).setPosition(r.x + r.width / 2, r.y + r.height / 2).setVisible(true);
      if (rolled || this.reducedMotion) return;
      rolled = true;
      this.tweens.add({ targets: ball, angle: { from: -360, to: 0 }, x: { from: ball.x - 3 * r.width, to: ball.x }, duration: 700, ease: 'Cubic.easeOut' });
    };
    place();
    this.watch(this.app.uiStore, (s, p) => {
      if (s.controls !== p.controls) place();
    });
  }
}
