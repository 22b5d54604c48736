// The question screen's scene: the view (src/view/quiz-screen.ts) draws the question and its
// controls; this scene adopts that screen and plays its effects (quiz-effects.ts) from the round
// store's changes. Nothing here lays out, relabels or moves a control.
import type { GameController } from '../../app/controller';
import { QuizEffects } from './quiz-effects';
import { BaseScene, type ScreenSurface } from './base-scene';

export class QuizScene extends BaseScene {
  constructor(app: GameController, surface: ScreenSurface) {
    super('QuizScene', app, surface);
  }

  create(): void {
    this.beginLifecycle();
    const effects = new QuizEffects(this, {
      section: () => this.surface.section('quiz'),
      rect: (id) => this.controlRect(id),
      reducedMotion: () => this.reducedMotion,
      tweenElement: (...args) => this.tweenElement(...args),
      view: () => this.view,
    });
    this.watch(this.app.roundStore, (s, p) => effects.play(s.round, p.round));
  }
}
