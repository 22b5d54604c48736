// Baseline for the cold-load benchmark: the same Phaser, the same scale mode, one scene that
// draws one text. The app's start-up cost is measured against this.
import * as Phaser from 'phaser';

class BareScene extends Phaser.Scene {
  constructor() {
    super({ key: 'BareScene' });
  }

  create(): void {
    this.add.text(this.scale.width / 2, this.scale.height / 2, 'Hello, pitch', { fontFamily: 'sans-serif', fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    performance.mark('bare-scene-create');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#07152b',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: [BareScene],
});
