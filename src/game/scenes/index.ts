// Everything that needs Phaser, in one lazily loaded module: the wiring imports it dynamically,
// so the screens, the stores and the packs start before Phaser is even fetched.
import * as Phaser from 'phaser';

export { Phaser };
export { PitchScene } from './pitch-scene';
export { MenuScene } from './menu-scene';
export { QuizScene } from './quiz-scene';
export { ResultsScene } from './results-scene';
