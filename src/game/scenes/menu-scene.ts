// The menu's scene: the view (src/view/menu-screen.ts) draws the menu and its controls, the ball
// beside the title included (the stylesheet draws the same ball the canvas draws elsewhere). The
// scene adopts that ball as it is when the engine arrives (nothing moves then), and rolls it in
// with a transform each time the player comes back to the menu.
import type { GameController } from '../../app/controller';
import { domTween } from '../dom-tweens';
import { BaseScene, type ScreenSurface } from './base-scene';

export class MenuScene extends BaseScene {
  /** The first run adopts the menu as first painted: no roll. */
  private adopted = false;

  constructor(app: GameController, surface: ScreenSurface) {
    super('MenuScene', app, surface);
  }

  create(): void {
    this.beginLifecycle();
    const adopting = !this.adopted;
    this.adopted = true;
    const ball = this.controlElement('menu', 'ball');
    if (adopting || !ball || this.reducedMotion) return;
    const width = this.controlRect('ball')?.width ?? 24;
    const roll = { left: 1 };
    const apply = () => {
      ball.style.transform = roll.left === 0 ? '' : `translateX(${-3 * width * roll.left}px) rotate(${-360 * roll.left}deg)`;
    };
    apply();
    const tween = domTween(this.tweens.add({ targets: roll, left: 0, duration: 700, ease: 'Cubic.easeOut', onUpdate: apply, onComplete: apply }));
    this.track(() => {
      tween.remove();
      ball.style.transform = '';
    });
  }
}
