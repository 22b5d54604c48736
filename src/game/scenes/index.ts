// Everything that needs Phaser, in one lazily loaded module: the wiring imports it dynamically,
// so the DOM layer, the stores and the packs start before Phaser's 1.3 MB is even evaluated.
import * as Phaser from 'phaser';

export { Phaser };
export { PitchScene } from './pitch-scene';
export { PreloadScene } from './preload-scene';
export { MenuScene } from './menu-scene';
export { IntroScene } from './intro-scene';
export { QuizScene } from './quiz-scene';
export { ResultsScene } from './results-scene';
