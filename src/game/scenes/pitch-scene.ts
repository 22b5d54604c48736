// The stadium backdrop: stripes, chalk and floodlights drawn with a Phaser Graphics, baked once
// per viewport size. Baked into a canvas that sits behind the (transparent) game canvas, so the
// renderer does not have to re-fill every pixel of the pitch each frame: with a software
// renderer (and on fill-rate-bound phones) that one full-screen quad costs most of a frame.
// Without a host element it falls back to an ordinary full-screen Image.
import * as Phaser from 'phaser';
import { drawPitch } from '../ui/pitch';
import { currentPixelRatio } from '../ui/pixel-ratio';

export class PitchScene extends Phaser.Scene {
  private bakes = 0;

  constructor(private readonly host?: HTMLElement) {
    super({ key: 'PitchScene' });
  }

  create(): void {
    const canvas = this.host ? document.createElement('canvas') : null;
    if (canvas && this.host) {
      canvas.className = 'pitch-backdrop';
      canvas.setAttribute('aria-hidden', 'true');
      this.host.prepend(canvas);
    }
    const image = canvas ? null : this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0);
    let key: string | null = null;
    let pending: Phaser.Time.TimerEvent | null = null;

    const bake = (width: number, height: number) => {
      const w = Math.max(1, Math.round(width));
      const h = Math.max(1, Math.round(height));
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      drawPitch(g, w, h);
      let target: HTMLCanvasElement;
      if (canvas) {
        canvas.width = w;
        canvas.height = h;
        g.generateTexture(canvas, w, h);
        target = canvas;
      } else {
        const next = `pitch-${++this.bakes}`;
        g.generateTexture(next, w, h);
        target = (this.textures.get(next) as Phaser.Textures.CanvasTexture).getSourceImage() as HTMLCanvasElement;
        image!.setTexture(next).setDisplaySize(w * currentPixelRatio(), h * currentPixelRatio());
        if (key) this.textures.remove(key);
        key = next;
      }
      g.destroy();
      floodlights(target, w, h);
      if (key) (this.textures.get(key) as Phaser.Textures.CanvasTexture).refresh();
    };
    // First bake one frame later: the night-blue page shows meanwhile, and the first screen's own
    // scene gets that frame's time instead.
    // Baked at CSS size: stripes and glows have no edges to sharpen, and a 3× bake would cost a
    // phone nine times the memory for a backdrop.
    const cssSize = (): [number, number] => [this.scale.width / currentPixelRatio(), this.scale.height / currentPixelRatio()];
    pending = this.time.delayedCall(0, () => bake(...cssSize()));

    // Re-bake once a resize settles, not on every intermediate size.
    const onResize = () => {
      pending?.remove();
      pending = this.time.delayedCall(100, () => bake(...cssSize()));
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      canvas?.remove();
      if (key) this.textures.remove(key);
    });
    this.scene.sendToBack();
  }
}

/** Floodlight glow from the two top corners, as smooth canvas gradients (circles would band). */
function floodlights(canvas: HTMLCanvasElement, w: number, h: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const r = Math.max(w, h) * 0.45;
  for (const x of [0, w]) {
    const glow = ctx.createRadialGradient(x, 0, 0, x, 0, r);
    glow.addColorStop(0, 'rgba(255, 246, 213, 0.20)');
    glow.addColorStop(0.5, 'rgba(255, 246, 213, 0.06)');
    glow.addColorStop(1, 'rgba(255, 246, 213, 0)');
    ctx.fillStyle = glow;
    ctx.fillRect(0, 0, w, h);
  }
}
